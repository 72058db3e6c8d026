// A place to keep compiled scan databases between runs.
//
// Compiling the Hyperscan database of the built-in policy takes about a quarter of a second
// of CPU; loading it compiled takes a few milliseconds. An Engine given a DatabaseCache looks
// there first, under a key naming everything the database depends on (the expressions and
// their flags, the Hyperscan version, this CPU's features), and stores what it compiles, so
// a cached database is always the one compiling would give. Keys are 64 lowercase hex
// digits. The bytes are Hyperscan's serialized form, which carries a checksum: a damaged
// entry fails to load and is compiled again, never used.
//
// The engine does no I/O: config/database_cache_directory.h keeps entries in files.
// Implementations must be safe to call from several threads at once and never fail their
// caller: an entry that cannot be read is missing, one that cannot be written is not kept.
#ifndef SLADD_ENGINE_DATABASE_CACHE_H_
#define SLADD_ENGINE_DATABASE_CACHE_H_

#include <optional>
#include <string>
#include <string_view>

namespace sladd {

class DatabaseCache {
 public:
  virtual ~DatabaseCache() = default;

  // The bytes stored under `key`, or nullopt when there are none or they cannot be read.
  virtual std::optional<std::string> Load(std::string_view key) const = 0;

  // Keeps `bytes` under `key` if it can.
  virtual void Store(std::string_view key, std::string_view bytes) const = 0;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_DATABASE_CACHE_H_
