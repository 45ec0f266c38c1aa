#pragma once

namespace heard {

/// Initialises libsodium once per process (thread-safe). Returns false only if libsodium cannot
/// initialise (no usable randomness); every crypto entry point calls it first and fails if so.
bool ensureSodium();

} // namespace heard
