#pragma once
// outputs land whole or not at all: each is written under a temporary name in the same folder
// and renamed into place by commit(). An OutputFile that is destroyed uncommitted (an error, an
// interruption) removes its temporary file, so the previous output stays as it was.
#include <filesystem>
#include <string>
#include <string_view>

namespace sori {

// Marks a temporary file or folder of process PID as NAME.sori-tmp-PID.
inline constexpr std::string_view temporary_marker = ".sori-tmp-";

class OutputFile {
public:
    explicit OutputFile(std::filesystem::path final_path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    const std::filesystem::path& temp_path() const { return temp_; }
    const std::filesystem::path& final_path() const { return final_; }

    void write_text(const std::string& contents);  // writes the whole temporary file
    void commit();                                 // renames over the final path (atomic; not fsynced)

private:
    std::filesystem::path final_;
    std::filesystem::path temp_;
    bool committed_ = false;
};

// Creates `folder` when missing and checks that files can be created in it.
// Throws Error(output) saying what to do otherwise.
void prepare_output_folder(const std::filesystem::path& folder);

// Removes temporary files and folders that a killed render left in `folder` (their process is gone).
void remove_stale_temporaries(const std::filesystem::path& folder);

}  // namespace sori
