// Early-return helpers for absl::Status, which Abseil 20220623 does not provide.
#ifndef SLADD_ENGINE_STATUS_MACROS_H_
#define SLADD_ENGINE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define SLADD_CONCAT_INNER_(a, b) a##b
#define SLADD_CONCAT_(a, b) SLADD_CONCAT_INNER_(a, b)

// Returns from the calling function if `expr` yields a non-OK absl::Status.
#define SLADD_RETURN_IF_ERROR(expr)                  \
  do {                                               \
    ::absl::Status sladd_status_ = (expr);           \
    if (!sladd_status_.ok()) return sladd_status_;   \
  } while (0)

// `lhs` = value of the StatusOr `expr`, or returns its error from the calling function.
#define SLADD_ASSIGN_OR_RETURN(lhs, expr) \
  SLADD_ASSIGN_OR_RETURN_IMPL_(SLADD_CONCAT_(sladd_statusor_, __LINE__), lhs, expr)
#define SLADD_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return std::move(tmp).status();     \
  lhs = std::move(tmp).value()

#endif  // SLADD_ENGINE_STATUS_MACROS_H_
