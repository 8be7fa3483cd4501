// Stand-in put first on the include path of the layers below the edge (model,
// tallies, metrics, sim, run, analysis): the engine knows no JSON, and the
// build says so, since the real header sits in /usr/include where every
// target would otherwise find it.
#error "nlohmann/json has no place below the edge: read and write JSON in engine/format or engine/report"
