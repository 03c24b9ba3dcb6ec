#include "core/demo/demoidentities.h"

#include <QUuid>

#include <array>

namespace ow::demo {

namespace {

const QString kCreditAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// Districts of a few real cities (GB/T 2260), so the numbers look like what a hall sees.
const std::array<const char *, 8> kRegions{"330106", "330102", "110105", "310115", "440305", "510107", "420106", "320102"};
const std::array<const char *, 24> kSurnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
                                             "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋"};
const std::array<const char *, 32> kGiven{"伟",   "芳",   "娜",   "秀英", "敏",   "静",   "丽",   "强",   "磊",   "军",  "洋",
                                          "勇",   "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀兰", "霞",   "平",  "刚",
                                          "桂英", "建华", "晓东", "雨萱", "子涵", "浩然", "欣怡", "宇航", "思远", "嘉怡"};
const std::array<const char *, 12> kTrades{"餐饮管理", "商贸", "信息技术", "建筑工程", "物业服务", "文化传媒",
                                           "电子科技", "食品", "医疗器械", "教育咨询", "物流",     "家政服务"};
const std::array<const char *, 10> kBrands{"聚福", "恒信", "启明", "诚达", "新禾", "锦程", "德润", "同舟", "和美", "瑞丰"};
const std::array<const char *, 8> kStreets{"文三路", "学院路", "建国路", "人民路", "解放路", "中山路", "延安路", "滨江大道"};

template <std::size_t N>
QString pick(QRandomGenerator &rng, const std::array<const char *, N> &list)
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

QChar residentCheck(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char map[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(map[sum % 11]);
}

int charValue(QChar c)
{
    return c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
}

QChar orgCodeCheck(const QString &body8)
{
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += charValue(body8.at(i)) * weights[i];
    const int c = 11 - sum % 11;
    return c == 10 ? QLatin1Char('X') : c == 11 ? QLatin1Char('0') : QChar(u'0' + c);
}

} // namespace

QString residentId(const QString &region6, const QDate &birth, int sequence3)
{
    const QString first17 = region6 + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence3 % 1000, 3, 10, QLatin1Char('0'));
    return first17 + residentCheck(first17);
}

QString creditCode(const QString &region6, const QString &orgBody8)
{
    const QString first17 = QStringLiteral("91") + region6 + orgBody8 + orgCodeCheck(orgBody8);
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kCreditAlphabet.indexOf(first17.at(i))) * weights[i];
    const int check = (31 - sum % 31) % 31;
    return first17 + kCreditAlphabet.at(check);
}

Applicant randomPerson(QRandomGenerator &rng, const QDate &today)
{
    Applicant a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.kind = ApplicantKind::Person;
    const QDate birth = today.addYears(-18 - rng.bounded(60)).addDays(-rng.bounded(365));
    a.idNumber = residentId(pick(rng, kRegions), birth, rng.bounded(1000));
    a.name = pick(rng, kSurnames) + pick(rng, kGiven);
    a.phone = QStringLiteral("1%1%2").arg(3 + rng.bounded(7)).arg(rng.bounded(1000000000), 9, 10, QLatin1Char('0'));
    a.address = QStringLiteral("%1%2号").arg(pick(rng, kStreets)).arg(1 + rng.bounded(400));
    return a;
}

Applicant randomOrganisation(QRandomGenerator &rng)
{
    Applicant a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.kind = ApplicantKind::Organisation;
    // Organisation code bodies use digits and capital letters; I, O, Z, S, V are not in the credit alphabet.
    static const QString bodyChars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString body;
    for (int i = 0; i < 8; ++i)
        body += bodyChars.at(rng.bounded(int(bodyChars.size())));
    QString code = creditCode(pick(rng, kRegions), body);
    a.idNumber = code;
    a.name = QStringLiteral("%1%2有限公司").arg(pick(rng, kBrands), pick(rng, kTrades));
    a.legalRepresentative = pick(rng, kSurnames) + pick(rng, kGiven);
    a.phone = QStringLiteral("0571-8%1").arg(rng.bounded(10000000), 7, 10, QLatin1Char('0'));
    a.address = QStringLiteral("%1%2号").arg(pick(rng, kStreets)).arg(1 + rng.bounded(400));
    return a;
}

} // namespace ow::demo
