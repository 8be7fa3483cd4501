// Money as people read it: the pound sign before the figure for GBP, another
// currency's code after it, thousands separated, whole units, and a narrow
// form in thousands and millions.
#include <gtest/gtest.h>

#include <cmath>

#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways::text {
namespace {

TEST(PercentOfAll, SaysAllOrNoneOnlyWhenItIsSo) {
    EXPECT_EQ(percent_of_all(1), "100%");
    EXPECT_EQ(percent_of_all(0.995), "more than 99%");
    EXPECT_EQ(percent_of_all(0.987), "99%");
    EXPECT_EQ(percent_of_all(0.005), "0.5%");
    EXPECT_EQ(percent_of_all(0.0004), "less than 0.1%");
    EXPECT_EQ(percent_of_all(0), "0%");
}

TEST(Money, PoundsTakeTheSignBeforeTheFigureWithThousands) {
    EXPECT_EQ(money(90000, "GBP"), "£90,000");
    EXPECT_EQ(money(1234567.4, "GBP"), "£1,234,567");
    EXPECT_EQ(money(22, "GBP"), "£22");
}

TEST(Money, ANegativeAmountPutsTheMinusBeforeThePoundSign) {
    EXPECT_EQ(money(-500, "GBP"), "-£500");
    EXPECT_EQ(money(-1234567, "GBP"), "-£1,234,567");
}

TEST(Money, RoundsToWholeUnitsHalvesAwayFromZero) {
    EXPECT_EQ(money(2.5, "GBP"), "£3");
    EXPECT_EQ(money(-2.5, "GBP"), "-£3");
    EXPECT_EQ(money(999.6, "GBP"), "£1,000");
}

TEST(Money, AnAmountThatRoundsToNothingHasNoMinus) {
    EXPECT_EQ(money(-0.4, "GBP"), "£0");
    EXPECT_EQ(money(-0.4, "EUR"), "0 EUR");
}

TEST(Money, AnotherCurrencyIsWrittenByItsCodeAfterTheFigure) {
    EXPECT_EQ(money(90000, "EUR"), "90,000 EUR");
    EXPECT_EQ(money(-500, "USD"), "-500 USD");
}

TEST(Money, NoCurrencyLeavesTheFigureBare) { EXPECT_EQ(money(250000, ""), "250,000"); }

TEST(Money, AFigureThatIsNoNumberReadsAsAQuestionMark) {
    EXPECT_EQ(money(std::nan(""), "GBP"), "?");
    EXPECT_EQ(money_short(INFINITY, "GBP"), "?");
}

TEST(MoneyShort, MillionsToOneDecimal) {
    EXPECT_EQ(money_short(122417705.5, "GBP"), "£122.4m");
    EXPECT_EQ(money_short(1.2e6, "GBP"), "£1.2m");
    EXPECT_EQ(money_short(-36.1e6, "GBP"), "-£36.1m");
    EXPECT_EQ(money_short(1234.5e6, "GBP"), "£1,234.5m");
}

TEST(MoneyShort, ThousandsAsWholeKFromTenThousandUp) {
    EXPECT_EQ(money_short(61234, "GBP"), "£61k");
    EXPECT_EQ(money_short(-61734, "GBP"), "-£62k");
    EXPECT_EQ(money_short(9999, "GBP"), "£9,999");
}

TEST(MoneyShort, AFigureRoundingUpToTheNextUnitTakesThatUnit) {
    EXPECT_EQ(money_short(999960, "GBP"), "£1.0m");
    EXPECT_EQ(money_short(9999.7, "GBP"), "£10k");
}

TEST(MoneyShort, SmallAmountsInWholeUnits) {
    EXPECT_EQ(money_short(950, "GBP"), "£950");
    EXPECT_EQ(money_short(950, ""), "950");
}

TEST(MoneyShort, AnotherCurrencyKeepsItsCodeAfterTheShortFigure) { EXPECT_EQ(money_short(36.1e6, "EUR"), "36.1m EUR"); }

TEST(CurrencyMark, APoundSignForGbpAndTheCodeOtherwise) {
    EXPECT_EQ(currency_mark("GBP"), "£");
    EXPECT_EQ(currency_mark("EUR"), "EUR");
    EXPECT_EQ(currency_mark(""), "");
}

TEST(ChangeCost, OneOffAndYearlyCostsInPounds) {
    EXPECT_EQ(change_cost(50000, 250000, "GBP"), "costs £50,000 once and £250,000 a year");
    EXPECT_EQ(change_cost(std::nullopt, 45000, "GBP"), "costs £45,000 a year");
    EXPECT_EQ(change_cost(std::nullopt, std::nullopt, "GBP"), "");
}

TEST(SignedFigure, MoneyGetsItsSignBeforeThePoundSign) {
    EXPECT_EQ(signed_figure(money(1200, "GBP"), 1200), "+£1,200");
    EXPECT_EQ(signed_figure(money(-1200, "GBP"), -1200), "-£1,200");
}

TEST(SignedFigure, MoneyThatRoundsToNothingTakesNoSign) {
    EXPECT_EQ(signed_figure(money(0.3, "GBP"), 0.3), "£0");
    EXPECT_EQ(signed_figure("0", 0.01), "0");
}

TEST(ReadsAsZero, OnlyFiguresWithoutANonZeroDigit) {
    EXPECT_TRUE(reads_as_zero("£0"));
    EXPECT_TRUE(reads_as_zero("-0.0"));
    EXPECT_FALSE(reads_as_zero("£0.1m"));
    EXPECT_FALSE(reads_as_zero("10 EUR"));
}

TEST(Padded, CountsCharactersNotBytesSoPoundsLineUp) {
    EXPECT_EQ(padded("£61k", 6, Align::right), "  £61k");
    EXPECT_EQ(table_cell("£1.2m", 5), "£1.2m ");
}

}  // namespace
}  // namespace pathways::text
