#include "speech/script.h"

#include "speech/long_sentence.h"

#include <future>
#include <optional>
#include <system_error>


namespace sori {

namespace {

// A heading, a unit of a paragraph waiting for its reading, or the opening of a chapter.
struct Pending {
    std::size_t chapter = 0;
    bool heading = false;
    Gap gap = Gap::none;         // a heading's pause; for a unit that opens a section, the pause before its first sentence
    bool opens_section = false;  // a unit: the first of a section without a spoken title
    bool new_paragraph = false;  // a unit: the first of its paragraph
    bool new_unit = false;       // a unit's first request (a long unit is cut into several)
    ParagraphKind kind = ParagraphKind::prose;
    int level = 0;
    bool opens_chapter = false;  // no text: chapter `chapter` opens here, titled chapter_titles_'s next entry
    bool shown = false;          // no reading: shown_'s next entry, a block shown and not spoken
};

}  // namespace

// Collects the chapters, headings and paragraph units of a document in order and reads them in
// batches of about a megabyte (or 8192 pieces), each shared among threads (sentence_readings, which also splits
// the units into sentences) while the next batch is gathered, handing the items to the sink batch
// by batch on the calling thread: memory beyond the sink stays bounded (two batches). Pauses are given as the items come back: a section's first sentence follows
// the section pause (or the paragraph pause after a spoken title), a paragraph's first the
// paragraph pause, the others the sentence pause, and the later pieces of a cut sentence the
// clause pause.
class ScriptBuilder {
public:
    ScriptBuilder(ScriptSink& sink, const NormalizeOptions& normalize) : sink_(sink), normalize_(normalize) {}

    void open_chapter(std::size_t index, const std::string& title, int level) {
        pending_.push_back({index, false, Gap::none, false, false, false, ParagraphKind::prose, level, true});
        chapter_titles_.push_back(title);
    }

    void show(std::size_t chapter, ParagraphKind kind, std::string text) {
        Pending p;
        p.chapter = chapter;
        p.kind = kind;
        p.shown = true;
        pending_.push_back(p);
        bytes_ += text.size();
        shown_.push_back(std::move(text));
        if (bytes_ >= batch_bytes) flush();
    }

    // A unit or heading far longer than a batch is cut here, into its sentences and their
    // windows (as the readers would cut it), so that batches stay about a megabyte.
    void add(const Pending& item, const std::string& text) {
        if (text.size() <= batch_bytes / 4) return add_request(item, {text, !item.heading});
        Pending p = item;
        for_each_window(text, !item.heading, [&](std::string_view window, bool continues) {
            add_request(p, {std::string(window), false, continues});
            p.opens_section = p.new_paragraph = p.new_unit = false;  // they belong to the first request
        });
    }

    // Hands everything left to the sink; the last batch (all of a short document) is read on the
    // calling thread.
    void finish() {
        std::vector<ReadingRequest> requests;
        Batch last = take(requests);
        if (in_flight_.valid()) {
            Batch previous = in_flight_.get();
            emit_batch(previous);
        }
        last.readings = read_sentences(std::move(requests), normalize_);
        emit_batch(last);
    }

private:
    static constexpr std::size_t batch_bytes = 1 << 20;
    static constexpr std::size_t batch_requests = 1 << 13;  // tiny units cost more in bookkeeping than in text

    void add_request(const Pending& item, ReadingRequest request) {
        pending_.push_back(item);
        bytes_ += request.text.size();
        requests_.push_back(std::move(request));
        if (bytes_ >= batch_bytes || requests_.size() >= batch_requests) flush();
    }

    // Hands the batch gathered so far to a reading thread and the batch read before it to the
    // sink: the reader goes on with the next batch while this one is read.
    void flush() {
        std::vector<ReadingRequest> requests;
        Batch batch = take(requests);
        std::optional<Batch> previous;
        if (in_flight_.valid()) previous = in_flight_.get();
        const auto read = [this](Batch b, std::vector<ReadingRequest> r) {
            b.readings = read_sentences(std::move(r), normalize_);
            return b;
        };
        try {
            in_flight_ = std::async(std::launch::async, read, std::move(batch), std::move(requests));
        } catch (const std::system_error&) {  // no thread to be had: read it here
            std::promise<Batch> done;
            done.set_value(read(std::move(batch), std::move(requests)));
            in_flight_ = done.get_future();
        }
        if (previous) emit_batch(*previous);
    }

    struct Batch {
        std::vector<Pending> pending;
        std::vector<std::string> chapter_titles;  // of the chapters opening in this batch
        std::vector<std::string> shown;           // the blocks shown in this batch
        std::vector<std::vector<ReadPiece>> readings;
    };

    // The batch gathered so far, its requests in `requests`; the builder starts a new one.
    Batch take(std::vector<ReadingRequest>& requests) {
        Batch batch{std::move(pending_), std::move(chapter_titles_), std::move(shown_), {}};
        requests = std::move(requests_);
        pending_.clear();
        requests_.clear();
        chapter_titles_.clear();
        shown_.clear();
        bytes_ = 0;
        return batch;
    }

    void emit_batch(Batch& batch) {
        std::size_t reading = 0, title = 0, shown = 0;
        for (const Pending& p : batch.pending) {
            if (p.opens_chapter) {
                sink_.chapter(p.chapter, batch.chapter_titles[title++], p.level);
                continue;
            }
            if (p.shown) {
                sink_.shown(p.chapter, p.kind, std::move(batch.shown[shown++]));
                continue;
            }
            if (p.opens_section) next_gap_ = p.gap;
            if (p.new_paragraph) paragraph_started_ = false;
            bool opens_unit = p.heading || p.new_unit;
            for (ReadPiece& piece : batch.readings[reading]) {
                emit(p, piece, opens_unit);
                opens_unit = false;
            }
            ++reading;
            if (p.heading) next_gap_ = Gap::paragraph;
        }
    }

    void emit(const Pending& p, ReadPiece& piece, bool opens_unit) {
        Gap gap = Gap::clause;
        if (p.heading && piece.starts_sentence) {
            gap = p.gap;
        } else if (piece.starts_sentence) {
            gap = paragraph_started_ ? Gap::sentence : next_gap_;
            if (!paragraph_started_) next_gap_ = Gap::paragraph;
            paragraph_started_ = true;
        }
        piece.spoken.shrink_to_fit();  // built by appending: its spare capacity would stay for the whole render
        number_ = p.chapter == chapter_ ? number_ + 1 : 1;
        chapter_ = p.chapter;
        sink_.item({p.chapter, number_, p.heading, std::move(piece.source), std::move(piece.spoken), gap, p.kind, opens_unit, p.level,
                    std::move(piece.pronounced)});
    }

    ScriptSink& sink_;
    const NormalizeOptions& normalize_;
    std::vector<Pending> pending_;
    std::vector<ReadingRequest> requests_;
    std::vector<std::string> chapter_titles_;  // of the chapters opening in this batch
    std::vector<std::string> shown_;           // blocks shown in this batch
    std::size_t bytes_ = 0;
    Gap next_gap_ = Gap::none;        // before the next paragraph's first sentence
    bool paragraph_started_ = false;  // the current paragraph has had a sentence
    std::size_t chapter_ = static_cast<std::size_t>(-1), number_ = 0;  // of the last item
    std::future<Batch> in_flight_;  // the batch being read (last: it ends, and its thread with it, first)
};

namespace {


}  // namespace

bool opens_paragraph(const ScriptItem& item) {
    return item.heading || item.gap == Gap::none || item.gap == Gap::paragraph || item.gap == Gap::section;
}

ScriptStream::ScriptStream(ScriptSink& sink, const NormalizeOptions& normalize, int chapter_depth)
    : sink_(sink), chapter_depth_(chapter_depth), read_tables_(normalize.read_tables),
      builder_(std::make_unique<ScriptBuilder>(sink, normalize)) {}

// A table row as it is read: its non-empty cells with a comma between them ("이름, 값").
std::string spoken_row(const std::string& row) {
    std::string out;
    std::size_t start = 0;
    while (start <= row.size()) {
        std::size_t tab = row.find('\t', start);
        if (tab == std::string::npos) tab = row.size();
        std::string_view cell(row.data() + start, tab - start);
        while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
        while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
        if (!cell.empty()) out += (out.empty() ? "" : ", ") + std::string(cell);
        start = tab + 1;
    }
    return out;
}

ScriptStream::~ScriptStream() = default;

void ScriptStream::title(const std::string& title) { sink_.title(title); }

void ScriptStream::section(Section&& section) {
    const bool new_chapter = chapters_ == 0 || section.level <= chapter_depth_;
    if (new_chapter) builder_->open_chapter(chapters_++, section.title, section.level);
    const std::size_t chapter = chapters_ - 1;
    // The first item of a chapter after the first, and a deeper heading, follow the section pause.
    Gap gap = chapter == 0 && new_chapter ? Gap::none : Gap::section;
    if (section.spoken_title) builder_->add({chapter, true, gap, false, false, false, ParagraphKind::prose, section.level}, section.title);
    gap_ = gap;
    opens_section_ = !section.spoken_title;
    for (Paragraph& p : section.paragraphs) paragraph(std::move(p));
}

// A paragraph unit by unit; its text is freed once handed over: the document does not stay
// beside the script.
void ScriptStream::paragraph(Paragraph&& paragraph) {
    if (paragraph.kind == ParagraphKind::code || (paragraph.kind == ParagraphKind::table && !read_tables_)) {
        std::string text;  // shown, not spoken: no pause, no sentence; a table's rows a line each
        for (const std::string& unit : paragraph.units) text += (text.empty() ? "" : "\n") + unit;
        builder_->show(chapters_ - 1, paragraph.kind, std::move(text));
        return;
    }
    bool first_unit = true;
    for (std::string& unit : paragraph.units) {
        if (paragraph.kind == ParagraphKind::table) unit = spoken_row(unit);
        builder_->add({chapters_ - 1, false, gap_, opens_section_, first_unit, true, paragraph.kind, 0}, unit);
        opens_section_ = first_unit = false;
        std::string().swap(unit);
    }
}

void ScriptStream::finish() { builder_->finish(); }

void stream_script(Document document, ScriptSink& sink, const NormalizeOptions& normalize, int chapter_depth) {
    ScriptStream stream(sink, normalize, chapter_depth);
    stream.title(document.title);
    for (Section& section : document.sections) {
        stream.section(std::move(section));
        section = Section{};  // handed over: freed as the document is read
    }
    stream.finish();
}

void ScriptCollector::title(const std::string& title) { script_.title = title; }

void ScriptCollector::chapter(std::size_t, const std::string& title, int level) {
    script_.chapters.push_back(title);
    script_.chapter_levels.push_back(level);
}

void ScriptCollector::item(ScriptItem&& item) { script_.items.push_back(std::move(item)); }

void ScriptCollector::shown(std::size_t chapter, ParagraphKind kind, std::string&& text) {
    script_.shown.push_back({chapter, script_.items.size(), kind, std::move(text)});
}

void replay_script(const Script& script, ScriptSink& sink) {
    sink.title(script.title);
    std::size_t chapters = 0;
    auto open_until = [&](std::size_t last) {
        for (; chapters <= last && chapters < script.chapters.size(); ++chapters)
            sink.chapter(chapters, script.chapters[chapters], script.chapter_levels.at(chapters));
    };
    std::size_t shown = 0;
    auto show_until = [&](std::size_t item) {
        for (; shown < script.shown.size() && script.shown[shown].before_item <= item; ++shown) {
            open_until(script.shown[shown].chapter);
            sink.shown(script.shown[shown].chapter, script.shown[shown].kind, std::string(script.shown[shown].text));
        }
    };
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        show_until(i);
        open_until(script.items[i].chapter);
        sink.item(ScriptItem(script.items[i]));
    }
    show_until(script.items.size());
    open_until(script.chapters.size());
}

Script build_script(Document document, const NormalizeOptions& normalize, int chapter_depth) {
    Script script;
    ScriptCollector sink(script);
    stream_script(std::move(document), sink, normalize, chapter_depth);
    return script;
}

std::string describe_item(std::size_t chapter, const std::string& chapter_title, const ScriptItem& item) {
    return "chapter " + std::to_string(chapter + 1) + " \"" + chapter_title + "\", " +
           (item.heading ? "its heading" : "sentence " + std::to_string(item.number));
}

std::string describe_item(const Script& script, std::size_t item) {
    const ScriptItem& it = script.items.at(item);
    return describe_item(it.chapter, script.chapters.at(it.chapter), it);
}

}  // namespace sori
