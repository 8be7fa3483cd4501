#pragma once
// How figures read, the same in the report, the diagrams and the terminal:
// one formatter for each kind of quantity (people, days, places, shares,
// money), so that a figure prints the same wherever it appears, and one way
// to turn an id into words. Counts, days and places share one rounding: whole
// from 10 up, one decimal below (means over replications are rarely whole).
#include <optional>
#include <string>
#include <string_view>

namespace pathways::text {

// x with at most `decimals` decimals, trailing zeros dropped: 8 -> "8", 2.50 -> "2.5".
std::string trimmed(double x, int decimals);
// 0.8 -> "80%", 0.004 -> "0.4%": whole percents from 1% up, one decimal below.
std::string percent(double share);
// A share of a whole (of plausible worlds, say) as a reader takes it: "100%"
// and "0%" only when it is all or none: 0.995 -> "more than 99%", 0.0004 ->
// "less than 0.1%", else as percent().
std::string percent_of_all(double share);
// People (means over replications): 1234.4 -> "1,234", 3.46 -> "3.5", 8 -> "8".
std::string people_count(double count);
// Days as a duration or a day since arrival: 80.3 -> "80", 3.46 -> "3.5".
std::string days_count(double days);
// The same with its unit: "80 days", "1 day", "3.5 days".
std::string days_words(double days);
// A figure already written and its noun, singular only for one: "1 point", "2.5 points", "-1 day".
std::string counted(const std::string& figure, std::string_view singular, std::string_view plural);
// What the models count, in words: households (the metric catalogue's unit).
inline constexpr std::string_view unit_singular = "household";
inline constexpr std::string_view unit_plural = "households";
// A count with the unit: "1 household", "55 households", "3.5 households".
std::string unit_count(double count);
// A part of a whole in words, for a reader who wants the size, not the figure:
// 0.34 -> "about a third", 0.5 -> "about half", 0.97 -> "nearly all", 0.04 -> "less than a tenth".
std::string fraction_words(double part);
// Places (a capacity, people in a stage on average): 8 -> "8", 7.43 -> "7.4".
std::string places_count(double places);
// A figure with its sign always shown: "+3.1", "-12", "0".
std::string signed_figure(const std::string& figure, double value);
// A change in a share, in percentage points: 0.031 -> "+3.1", -0.2 -> "-20".
std::string points_change(double change);
// Money reads as a UK council paper writes it when the model's currency is
// GBP: the pound sign before the figure, the minus before the sign ("-£500").
// Other ISO codes follow the figure ("90,000 EUR"): a code is never ambiguous,
// and no table of symbols need be kept; no currency leaves the figure bare.
// Money in a narrow column: 122417705.5 -> "£122.4m", 61234 -> "£61k", 950 -> "£950".
std::string money_short(double amount, std::string_view currency);
// An amount in whole units with thousands: 250000 -> "£250,000", -500 -> "-£500".
std::string money(double amount, std::string_view currency);
// An amount to three significant figures, for a figure that is an estimate or
// a reader need not add up: 139000 -> "£139,000", 7916.7 -> "£7,920",
// 1234567 -> "£1.23 million"; under 1,000 in whole units.
std::string money_rounded(double amount, std::string_view currency);
// What a table's heading says when its cells hold bare money: "£" for GBP, else the code.
std::string currency_mark(std::string_view currency);
// What a scenario says its change would cost: "costs £50,000 once and
// £250,000 a year"; empty when it does not say.
std::string change_cost(std::optional<double> one_off, std::optional<double> per_year, std::string_view currency);
// Whether a figure as written reads as nothing ("0", "£0", "-0.0"), whatever its
// sign and currency, so that no "+" or "-" is put before it.
bool reads_as_zero(std::string_view figure);
// "some lose support" -> "Some lose support": a sentence or a definition starts with a capital.
std::string capitalised(std::string text);
// "asylum_move_on" -> "Asylum move on".
std::string readable_id(std::string_view id);

}  // namespace pathways::text
