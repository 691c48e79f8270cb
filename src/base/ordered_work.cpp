#include "base/ordered_work.h"

#include <algorithm>

namespace sori {

OrderedWork::OrderedWork(std::size_t threads) : threads_(std::max<std::size_t>(1, threads)) {}

OrderedWork::~OrderedWork() {
    for (auto& piece : pending_)
        if (piece.first.valid()) piece.first.wait();
}

void OrderedWork::deliver_oldest() {
    auto piece = std::move(pending_.front());
    pending_.pop_front();
    piece.first.get();  // rethrows what the work threw
    piece.second();
}

void OrderedWork::submit(std::function<void()> work, std::function<void()> deliver) {
    while (pending_.size() >= threads_) deliver_oldest();
    pending_.emplace_back(std::async(std::launch::async, std::move(work)), std::move(deliver));
}

void OrderedWork::finish() {
    while (!pending_.empty()) deliver_oldest();
}

}  // namespace sori
