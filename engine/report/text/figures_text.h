#pragma once
// How figures read, the same in the report, the diagrams and the terminal:
// one rounding for shares, one for counts of people, one way to turn an id
// into words.
#include <optional>
#include <string>
#include <string_view>

namespace pathways::text {

// x with at most `decimals` decimals, trailing zeros dropped: 8 -> "8", 2.50 -> "2.5".
std::string trimmed(double x, int decimals);
// 0.8 -> "80%", 0.004 -> "0.4%": whole percents from 1% up, one decimal below.
std::string percent(double share);
// People (means over replications): 1234.4 -> "1,234", 3.46 -> "3.5", 8 -> "8".
std::string people_count(double count);
// An amount of money in whole units with thousands: 250000 -> "250,000 GBP".
std::string money(double amount, std::string_view currency);
// What a scenario says its change would cost: "costs 50,000 GBP once and
// 250,000 GBP a year"; empty when it does not say.
std::string change_cost(std::optional<double> one_off, std::optional<double> per_year, std::string_view currency);
// "asylum_move_on" -> "Asylum move on".
std::string readable_id(std::string_view id);

}  // namespace pathways::text
