// libFuzzer entry point for the normalizer stage (see fuzz_targets.h); built with -DSORI_FUZZ=ON.
#include "fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sori::fuzz::normalizer(data, size);
    return 0;
}
