#pragma once
// All the outputs of one article land together or not at all. They are written into a staging
// folder OUTPUT/.NAME.sori-tmp-PID/ and swapped with OUTPUT/NAME/ in one renameat2 call, so a
// reader (or a render killed at any moment) sees the whole previous set or the whole new one,
// never a mix. OUTPUT/NAME.wav, OUTPUT/NAME.json … are symbolic links into OUTPUT/NAME/ that
// never change what they point at, only which folder is there, so the files stay easy to find.
#include <filesystem>
#include <string>
#include <vector>

namespace sori {

class OutputSet {
public:
    // Creates the staging folder. Throws Error(output) when OUTPUT/NAME exists and is not a
    // folder of outputs (a file, or a folder holding anything but NAME.* files), naming what to do.
    OutputSet(std::filesystem::path output_folder, std::string name);
    ~OutputSet();  // uncommitted: the staging folder and everything in it are removed
    OutputSet(const OutputSet&) = delete;
    OutputSet& operator=(const OutputSet&) = delete;

    const std::filesystem::path& staging() const { return staging_; }  // write the outputs here
    std::filesystem::path final_folder() const { return folder_ / name_; }
    std::filesystem::path link(const std::string& file) const { return folder_ / file; }  // OUTPUT/FILE

    // Swaps the staging folder into place (atomic), removes the previous set, then points
    // OUTPUT/FILE at NAME/FILE for every file of the new set. Throws Error(output).
    void commit();

private:
    std::filesystem::path folder_;
    std::string name_;
    std::filesystem::path staging_;
    bool committed_ = false;
};

// Makes OUTPUT/FILE a link to NAME/FILE for every file in OUTPUT/NAME/ (replacing a plain file of
// an older sori), and removes links into NAME/ whose file is gone. Idempotent.
void link_outputs(const std::filesystem::path& output_folder, const std::string& name);

}  // namespace sori
