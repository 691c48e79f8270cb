#pragma once
// What every audio file writer takes: mono samples at its rate, in order, then close().
#include <cstddef>
#include <cstdint>

namespace sori {

class AudioWriter {
public:
    virtual ~AudioWriter() = default;
    virtual void write(const std::int16_t* samples, std::size_t count) = 0;
    virtual void write(const float* samples, std::size_t count) = 0;  // full scale ±1.0; beyond it is clipped
    virtual void close() = 0;  // flushes and closes; throws Error(output) when the file could not be completed
};

}  // namespace sori
