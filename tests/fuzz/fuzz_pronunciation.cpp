// libFuzzer entry point for the pronunciation stage (see fuzz_targets.h); built with -DSORI_FUZZ=ON.
#include "fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sori::fuzz::pronunciation(data, size);
    return 0;
}
