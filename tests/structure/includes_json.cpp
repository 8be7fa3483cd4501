// Compiled by the structure test with the include path of a layer below the
// edge: it must fail, since the engine has no JSON.
#include <nlohmann/json.hpp>
