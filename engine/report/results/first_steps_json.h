#pragma once
// findings.json's "what_to_do_first": an appraisal's figures as the report's
// "What to do first" shows them (each budget's best package and close
// runner-up, every option for the frontier, every action alone, the asks of
// other bodies and the evidence to collect), with names, never ids.
#include "findings/first_steps.h"
#include "format/load.h"

namespace pathways {

Json first_steps_json(const findings::FirstSteps& steps);

}  // namespace pathways
