#include "core/catalog/pinyinindex.h"
#include "tests/support/test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using ow::PinyinIndex;
using ow::PinyinMask;

namespace {

bool hasInitial(QChar ch, char letter)
{
    return PinyinIndex::instance().initials(ch).contains(QLatin1Char(letter));
}

} // namespace

TEST_CASE("The pinyin table is compiled in and covers the common characters", "[catalog][pinyin]")
{
    REQUIRE(QFile::exists(QString::fromLatin1(PinyinIndex::ResourcePath)));
    const PinyinIndex &index = PinyinIndex::instance();
    CHECK(index.characterCount() >= 20000);
    CHECK(&index == &PinyinIndex::instance()); // loaded once
}

TEST_CASE("Known characters have their initials", "[catalog][pinyin]")
{
    const PinyinIndex &index = PinyinIndex::instance();
    CHECK(index.initials(u'食').startsWith(u's'));
    CHECK(index.initials(u'品') == u"p"_s);
    CHECK(index.initials(u'经') == u"j"_s);
    CHECK(index.initials(u'营') == u"y"_s);
    CHECK(index.initials(u'许') == u"x"_s);
    CHECK(index.initials(u'可').startsWith(u'k'));
    CHECK(index.initials(u'行').startsWith(u'x')); // xíng before háng: kMandarin first
    CHECK(hasInitial(u'行', 'h'));
    CHECK(hasInitial(u'长', 'c'));
    CHECK(hasInitial(u'长', 'z'));
    CHECK(hasInitial(u'重', 'z'));
    CHECK(hasInitial(u'重', 'c'));
    CHECK(hasInitial(u'一', 'y'));
    CHECK(hasInitial(u'鿏', 'm')); // near the end of the basic block
    CHECK(hasInitial(u'㐀', 'q'));  // Extension A
    CHECK(index.initials(u'a').isEmpty());
    CHECK(index.initials(u'，').isEmpty());
}

TEST_CASE("Masks: letters and digits match themselves, punctuation is left out", "[catalog][pinyin]")
{
    const PinyinIndex &index = PinyinIndex::instance();
    CHECK(index.mask(U'a') == index.mask(U'A'));
    CHECK(index.mask(U'Ａ') == index.mask(U'a')); // full-width
    CHECK(index.mask(U'7') != 0);
    CHECK((index.mask(U'7') & index.mask(U'h')) == 0);
    CHECK(index.mask(U'行') == (index.mask(U'x') | index.mask(U'h')));

    QList<int> positions;
    const QList<PinyinMask> masks = index.masks(u"食品（预包装）A1", &positions);
    REQUIRE(masks.size() == 7);
    CHECK(positions == QList<int>{0, 1, 3, 4, 5, 7, 8});
    CHECK(masks[5] == index.mask(U'a'));
    CHECK(masks[6] == index.mask(U'1'));

    // A character beyond the table stays in as a non-matching place, whole even as a surrogate pair.
    const QList<PinyinMask> wide = index.masks(u"𠮷a");
    REQUIRE(wide.size() == 2);
    CHECK(wide[0] == 0);
}

TEST_CASE("Matching by initials", "[catalog][pinyin]")
{
    const PinyinIndex &index = PinyinIndex::instance();
    // Each text with the queries that find it by its initials and those that must not.
    const auto [text, found, missed] = GENERATE(table<QString, QStringList, QStringList>({
        {u"食品经营许可"_s,
         {u"spjy"_s, u"SPJY"_s, u"jyxk"_s, u"sp jy"_s, u"ｓｐｊｙ"_s},
         {u"spxk"_s, u"spjyxkz"_s, u"食品"_s /* text, not initials */}},
        {u"银行"_s, {u"yh"_s}, {}},
        {u"行政"_s, {u"xz"_s}, {}},
        {u"食品经营许可（仅销售预包装食品）"_s, {u"kjxs"_s}, {}},
        {u"ICP备案"_s, {u"icpba"_s}, {}},
        {u"第2类医疗器械"_s, {u"d2lyl"_s}, {}},
    }));
    CAPTURE(text);
    for (const QString &query : found) {
        CAPTURE(query);
        CHECK(index.matches(text, query));
    }
    for (const QString &query : missed) {
        CAPTURE(query);
        CHECK_FALSE(index.matches(text, query));
    }
    CHECK(PinyinIndex::queryMasks(u"食品").isEmpty());
    CHECK(PinyinIndex::queryMasks(u"- ").isEmpty());
}

TEST_CASE("A table read from text", "[catalog][pinyin]")
{
    const PinyinIndex index(QByteArray("# comment\n4E00\ty\n884c\txh\r\nbad line\n12345\tz\nFFFF\tq\n"));
    CHECK(index.characterCount() == 2);
    CHECK(index.initials(u'一') == u"y"_s);
    CHECK(index.initials(u'行') == u"xh"_s);
    CHECK(index.initials(u'品').isEmpty());
    const PinyinIndex empty;
    CHECK(empty.initials(u'一').isEmpty());
    CHECK(empty.mask(U'一') == 0);
    CHECK(empty.mask(U'a') != 0);
}

TEST_CASE("Classical readings do not count: 房 is f only, so spjy does not find 二手房交易", "[catalog][pinyin]")
{
    const PinyinIndex &index = PinyinIndex::instance();
    CHECK(index.initials(QChar(u'房')) == u"f"_s);
    CHECK_FALSE(index.matches(u"二手房交易登记一件事"_s, u"spjy"_s));
    CHECK(index.matches(u"二手房交易登记一件事"_s, u"esfjy"_s));
}
