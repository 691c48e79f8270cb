// Build step: reads the CMU pronouncing dictionary and its letter-to-sound trees as Debian's
// festlex-cmu ships them (cmudict-0.4.out, cmu_lts_rules.scm) and writes a C++ table of both to
// standard output, for src/korean/english_pronouncer.cpp:
//   - dictionary: "word\tCODES\n" sorted by word, one phone per character (english_phones.h);
//   - the letter-to-sound decision trees, flattened into an array of nodes;
//   - per letter, every phone string the trees may give it (the alignment's allowed outputs).
// Usage: sori_gen_english_data CMUDICT LTS_RULES > english_data.inc
#include <cctype>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "korean/english_phones.h"

namespace {

std::string slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path + " (apt-get install festlex-cmu)");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// "aa1" → its code; "k-s" → two codes; "_epsilon_" → none.
std::string codes_of(const std::string& phones) {
    if (phones == "_epsilon_") return "";
    std::string codes;
    std::size_t start = 0;
    while (start <= phones.size()) {
        std::size_t dash = phones.find('-', start);
        if (dash == std::string::npos) dash = phones.size();
        const char code = sori::english::code_of(phones.substr(start, dash - start));
        if (!code) throw std::runtime_error("unknown phone " + phones);
        codes += code;
        start = dash + 1;
    }
    return codes;
}

// The dictionary: "word" POS (((phones) stress) ...). Stress belongs to the syllable's vowel.
std::map<std::string, std::string> read_dictionary(const std::string& text) {
    std::map<std::string, std::string> words;
    std::map<std::string, bool> from_plain;  // the entry without a part of speech is preferred
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.size() < 4 || line[0] != '(' || line[1] != '"') continue;
        const std::size_t close = line.find('"', 2);
        std::string word = line.substr(2, close - 2);
        for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const std::size_t pos_end = line.find(' ', close + 2);
        const bool plain = line.compare(close + 2, pos_end - close - 2, "nil") == 0;
        std::string codes;
        for (std::size_t at = line.find('(', pos_end); at != std::string::npos; at = line.find('(', at + 1)) {
            if (!std::islower(static_cast<unsigned char>(line[at + 1]))) continue;  // a syllable: (phones) stress
            const std::size_t end = line.find(')', at);
            const char stress = line[end + 2];
            std::istringstream phones(line.substr(at + 1, end - at - 1));
            for (std::string phone; phones >> phone;)
                codes += codes_of(sori::english::is_vowel_name(phone) ? phone + stress : phone);
        }
        if (codes.empty()) continue;
        if (!words.count(word) || (plain && !from_plain[word])) {
            words[word] = codes;
            from_plain[word] = plain;
        }
    }
    return words;
}

struct Sexp {
    std::string atom;
    std::vector<std::unique_ptr<Sexp>> list;
    bool is_atom() const { return !atom.empty(); }
};

std::unique_ptr<Sexp> parse(const std::string& text, std::size_t& at) {
    while (at < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[at]))) ++at;
        else if (text[at] == ';') at = text.find('\n', at);
        else break;
        if (at == std::string::npos) at = text.size();
    }
    auto node = std::make_unique<Sexp>();
    if (at >= text.size()) throw std::runtime_error("unexpected end of the letter-to-sound rules");
    if (text[at] == '(') {
        ++at;
        while (true) {
            while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
            if (at < text.size() && text[at] == ')') {
                ++at;
                return node;
            }
            node->list.push_back(parse(text, at));
        }
    }
    const std::size_t start = at;
    while (at < text.size() && !std::isspace(static_cast<unsigned char>(text[at])) && text[at] != '(' && text[at] != ')') ++at;
    node->atom = text.substr(start, at - start);
    if (node->atom.front() == '\'') node->atom.erase(0, 1);
    return node;
}

struct Trees {
    std::vector<std::string> nodes;                // C++ initializers {offset, letter, yes, no}
    std::vector<std::string> outputs;              // code strings
    std::map<std::string, int> output_index;
    std::map<char, std::set<std::string>> allowed;  // letter → code strings the trees may give
};

int output(Trees& trees, const std::string& codes) {
    const auto [it, added] = trees.output_index.emplace(codes, static_cast<int>(trees.outputs.size()));
    if (added) trees.outputs.push_back(codes);
    return it->second;
}

// "p.p.name" → -2, "n.name" → 1.
int offset_of(const std::string& feature) {
    int offset = 0;
    for (std::size_t at = 0; at + 1 < feature.size() && (feature[at] == 'p' || feature[at] == 'n') && feature[at + 1] == '.'; at += 2)
        offset += feature[at] == 'p' ? -1 : 1;
    return offset;
}

int flatten(const Sexp& node, char letter, Trees& trees) {
    const int index = static_cast<int>(trees.nodes.size());
    trees.nodes.emplace_back();
    if (node.list.size() == 1) {  // a leaf: (((phone p) ... best))
        const Sexp& leaf = *node.list[0];
        for (const auto& choice : leaf.list)
            if (!choice->is_atom()) trees.allowed[letter].insert(codes_of(choice->list[0]->atom));
        const int out = output(trees, codes_of(leaf.list.back()->atom));
        trees.nodes[index] = "{0,0," + std::to_string(out) + ",0}";
        return index;
    }
    const Sexp& question = *node.list[0];
    const int offset = offset_of(question.list[0]->atom);
    const std::string value = question.list[2]->atom;
    const int yes = flatten(*node.list[1], letter, trees);
    const int no = flatten(*node.list[2], letter, trees);
    trees.nodes[index] = "{" + std::to_string(offset) + ",'" + value + "'," + std::to_string(yes) + "," + std::to_string(no) + "}";
    return index;
}

void write_string(std::ostream& out, const std::string& text) {
    out << '"';
    for (char c : text) {
        if (c == '\n') out << "\\n\"\n\"";
        else if (c == '\t') out << "\\t";
        else if (c == '"' || c == '\\') out << '\\' << c;
        else out << c;
    }
    out << '"';
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc != 3) throw std::runtime_error("usage: sori_gen_english_data CMUDICT LTS_RULES");
    const std::map<std::string, std::string> words = read_dictionary(slurp(argv[1]));
    if (words.size() < 50000) throw std::runtime_error("only " + std::to_string(words.size()) + " words in " + argv[1]);
    const std::string rules = slurp(argv[2]);
    std::size_t at = rules.find("(set! cmu_lts_rules '");
    if (at == std::string::npos) throw std::runtime_error(std::string("no cmu_lts_rules in ") + argv[2]);
    at += 21;
    const std::unique_ptr<Sexp> letters = parse(rules, at);
    Trees trees;
    std::map<char, int> roots;
    for (const auto& entry : letters->list)
        if (entry->list.size() == 2 && entry->list[0]->atom.size() == 1)
            roots[entry->list[0]->atom[0]] = flatten(*entry->list[1], entry->list[0]->atom[0], trees);

    std::cout << "// Generated from festlex-cmu's cmudict-0.4.out and cmu_lts_rules.scm by tools/gen_english_data.cpp. Do not edit.\n";
    std::cout << "constexpr char dictionary_text[] =\n";
    std::string blob;
    for (const auto& [word, codes] : words) blob += word + '\t' + codes + '\n';
    write_string(std::cout, blob);
    std::cout << ";\nconstexpr LtsNode lts_nodes[] = {\n";
    for (std::size_t i = 0; i < trees.nodes.size(); ++i) std::cout << trees.nodes[i] << (i % 8 == 7 ? ",\n" : ",");
    std::cout << "};\nconstexpr const char* lts_outputs[] = {";
    for (const std::string& codes : trees.outputs) std::cout << '"' << codes << "\",";
    std::cout << "};\nconstexpr int lts_roots[26] = {";
    for (char c = 'a'; c <= 'z'; ++c) std::cout << (roots.count(c) ? roots[c] : -1) << ',';
    std::cout << "};\nconstexpr const char* lts_allowed[26] = {";
    for (char c = 'a'; c <= 'z'; ++c) {
        std::string joined;
        for (const std::string& codes : trees.allowed[c]) joined += '|' + codes;
        std::cout << '"' << joined << "\",";
    }
    std::cout << "};\n";
    return 0;
} catch (const std::exception& e) {
    std::cerr << "gen_english_data: " << e.what() << '\n';
    return 1;
}
