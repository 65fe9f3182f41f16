#pragma once

#include "core/rdf/RdfTerm.h"

namespace vcdesk {

/// One statement of a dataset: subject, predicate, object and graph name (DefaultGraph for
/// the default graph).
struct RdfQuad
{
    RdfTerm subject;
    RdfTerm predicate;
    RdfTerm object;
    RdfTerm graph;

    bool operator==(const RdfQuad &other) const = default;
};

} // namespace vcdesk
