// User names made of people's names, as logs, paths and directories write them: first names
// and a surname joined by '.' ("ola.nordmann", "Per.Arne.Olsen") or '_' ("kari_hansen"), or
// an initial and a surname that is no word ("t.nguyen").
// Part of the PERSON detector, in a unit of its own: in person.cc this code changed how GCC
// inlined the tagger's word loops (about +11M instructions on 20k chat messages).
#ifndef SLADD_DETECTORS_PERSON_USER_NAMES_H_
#define SLADD_DETECTORS_PERSON_USER_NAMES_H_

#include <vector>

#include "detectors/person_tagger.h"
#include "engine/finding.h"

namespace sladd {

// Appends a PERSON finding (kind "user_name") for each user name in `context` whose parts
// the name lists hold as first names and a surname. Not when the dots go on to a host or a
// file ("kari.hansen.no", "www.ola.nordmann", "greg_day.hpp"), nor for a call
// ("mac.read(") or a file at a path's end ("src/ruby.lang"); before a host it is one
// ("ssh per.olsen@server01"; in an e-mail address the address outscores it).
void FindUserNames(const TaggingContext& context, std::vector<Finding>& out);

}  // namespace sladd

#endif  // SLADD_DETECTORS_PERSON_USER_NAMES_H_
