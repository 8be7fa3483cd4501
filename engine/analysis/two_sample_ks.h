#pragma once
// The two-sample Kolmogorov-Smirnov test: whether two samples could come
// from one distribution. History matching uses it to tell a parameter the
// published figures constrain (the worlds kept sit apart from the worlds
// tried) from one they leave free.
#include <vector>

namespace pathways {

struct KsTest {
    double statistic = 0;  // D: the largest gap between the two empirical distribution functions
    double p_value = 1;
};

// Both samples must be non-empty. The p-value is the Kolmogorov distribution's
// tail at the effective sample size, with Stephens' (1970) correction, which
// keeps it close to exact from about 4 values a sample (Press et al.,
// Numerical Recipes, 14.3).
KsTest two_sample_ks(std::vector<double> a, std::vector<double> b);

// Q_KS(lambda) = 2 sum_{j>=1} (-1)^(j-1) exp(-2 j^2 lambda^2): the probability
// that the scaled statistic exceeds lambda.
double kolmogorov_tail(double lambda);

}  // namespace pathways
