// Stand-in put first on the include path of the layers below the edge: the
// engine draws nothing; diagrams are engine/report/diagram's.
#error "Graphviz has no place below the edge: draw in engine/report/diagram"
