#pragma once
// The script: every piece the renderer will speak, in order, with the pause that comes before
// it. Built from a Document by splitting paragraphs into sentences and making speech text.
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "korean/text_normalizer.h"
#include "speech/sentence_readings.h"
#include "text/document.h"

namespace sori {

// The pause before an item; `clause` joins the pieces of a sentence cut for being too long.
enum class Gap { none, clause, sentence, paragraph, section };

struct ScriptItem {
    std::size_t chapter = 0;  // index into Script::chapters
    std::size_t number = 0;   // 1-based position within its chapter (the spoken heading is 1)
    bool heading = false;     // a spoken title: of the chapter, or of a deeper section inside it
    std::string source;       // the text as written
    std::string spoken;       // what eSpeak says (speech_text of source); may be empty
    Gap gap = Gap::none;
    ParagraphKind kind = ParagraphKind::prose;  // what the sentence's paragraph was (not for headings)
    bool opens_unit = false;  // the first piece of a paragraph unit (a list item, a table row) or of a heading
    int level = 0;            // a heading's level (1–6); 0 for the opening title and for sentences
    std::string pronounced;   // what eSpeak receives: spoken in its standard pronunciation (or spoken)
};

// True when the item opens a paragraph (a heading opens its own): the pause before it says so.
bool opens_paragraph(const ScriptItem& item);

// Text the read-along formats show and nothing speaks: a code block.
struct ShownBlock {
    std::size_t chapter = 0;
    std::size_t before_item = 0;  // the index in Script::items of the item it comes before (items.size(): after the last)
    ParagraphKind kind = ParagraphKind::code;
    std::string text;              // as written, lines kept
};

struct Script {
    std::string title;
    std::vector<std::string> chapters;  // chapter names, one per chapter
    std::vector<int> chapter_levels;    // the heading level that opened each chapter (0: the opening)
    std::deque<ScriptItem> items;  // a deque: a long script grows without copying itself
    std::vector<ShownBlock> shown; // in order
};

// Receives a script as it is made, in order: the title, then each chapter as it opens and the
// items that follow it. A long script need not be held whole (`sori outline`, a dry run).
class ScriptSink {
public:
    virtual ~ScriptSink() = default;
    virtual void title(const std::string& title) = 0;
    virtual void chapter(std::size_t index, const std::string& title, int level) = 0;
    virtual void item(ScriptItem&& item) = 0;
    // A block shown and not spoken, in its place among the items (most sinks have no use for it).
    virtual void shown(std::size_t chapter, ParagraphKind kind, std::string&& text) { (void)chapter, (void)kind, (void)text; }
};

// Keeps everything: the whole script a render needs (timeline, manifest, subtitles).
class ScriptCollector : public ScriptSink {
public:
    explicit ScriptCollector(Script& script) : script_(script) {}
    void title(const std::string& title) override;
    void chapter(std::size_t index, const std::string& title, int level) override;
    void item(ScriptItem&& item) override;
    void shown(std::size_t chapter, ParagraphKind kind, std::string&& text) override;

private:
    Script& script_;
};

class ScriptBuilder;

// A document made into a script as its sections come (a DocumentSink: the reader feeds it), the
// items handed to a ScriptSink in batches of about a megabyte of text. Sections whose heading
// level is at most `chapter_depth` (and the opening section) start chapters; deeper headings are
// spoken inside the current chapter after a section pause. finish() reads what is left.
class ScriptStream : public DocumentSink {
public:
    ScriptStream(ScriptSink& sink, const NormalizeOptions& normalize = {}, int chapter_depth = 2);
    ~ScriptStream() override;
    void title(const std::string& title) override;
    void section(Section&& section) override;
    void paragraph(Paragraph&& paragraph) override;
    void finish();

private:
    ScriptSink& sink_;
    int chapter_depth_;
    bool read_tables_;
    std::unique_ptr<ScriptBuilder> builder_;
    std::size_t chapters_ = 0;
    Gap gap_ = Gap::none;          // the current section's pause
    bool opens_section_ = false;   // its next unit opens it (it has no spoken title and no unit yet)
};

// A table row as it is read (--read-tables): its non-empty cells, TAB apart in the row, with a
// comma between them ("이름, 값").
std::string spoken_row(const std::string& row);

// A whole document through a ScriptStream.
void stream_script(Document document, ScriptSink& sink, const NormalizeOptions& normalize = {}, int chapter_depth = 2);

// Hands a script already made to `sink` in the order stream_script would: the title, then each
// chapter as it opens (a chapter without items just before the next) and the items after it.
void replay_script(const Script& script, ScriptSink& sink);

// The whole script in memory.
Script build_script(Document document, const NormalizeOptions& normalize = {}, int chapter_depth = 2);

// Where an item is, for messages: `chapter 2 "제목", sentence 5`.
std::string describe_item(std::size_t chapter, const std::string& chapter_title, const ScriptItem& item);

std::string describe_item(const Script& script, std::size_t item);

}  // namespace sori
