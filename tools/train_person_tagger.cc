// Trains the PERSON detector's tagger on labelled JSON lines (NorNE) and writes its weights.
//
//   build/bin/train-person-tagger
//       --train ../shared/corpora/norne/norne_nob_train.jsonl
//       --train ../shared/corpora/norne/norne_nno_train.jsonl
//       --dev ../shared/corpora/norne/norne_nob_dev.jsonl
//       --dev ../shared/corpora/norne/norne_nno_dev.jsonl
//       --out detectors/data/person_tagger.bin
//
// A greedy averaged perceptron over detectors/person_tagger.h's features, learning from its
// own predicted history. After each epoch the averaged weights are scored on the dev files
// (exact name spans); the best epoch is written. Deterministic: same data, same weights.
#include <simdjson.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "detectors/person_tagger.h"

namespace sladd {
namespace {

struct Sentence {
  std::string text;
  std::vector<WordToken> tokens;
  std::vector<NameTag> gold;
};

std::string ReadFile(const std::string& path) {
  std::ifstream file(path);
  std::stringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

std::vector<Sentence> Load(const std::vector<std::string>& paths, const std::string& label,
                           const NameLists& names) {
  std::vector<Sentence> sentences;
  TaggingContext context;
  simdjson::dom::parser parser;
  for (const std::string& path : paths) {
    std::ifstream file(path);
    std::string line;
    while (std::getline(file, line)) {
      simdjson::dom::element record;
      std::string_view text;
      simdjson::dom::array spans;
      if (parser.parse(line).get(record) || record["text"].get(text) || record["spans"].get(spans)) continue;
      Sentence sentence;
      sentence.text = std::string(text);
      context.Assign(sentence.text, 0, sentence.text.size(), names);
      for (size_t i = 0; i < context.size(); ++i) sentence.tokens.push_back(context.token(i));
      sentence.gold.assign(sentence.tokens.size(), NameTag::kOutside);
      for (simdjson::dom::element span : spans) {
        std::string_view name;
        uint64_t start = 0, end = 0;
        if (span["label"].get(name) || name != label || span["start"].get(start) || span["end"].get(end)) continue;
        for (size_t i = 0; i < sentence.tokens.size(); ++i) {
          const WordToken& t = sentence.tokens[i];
          if (t.start >= start && t.end <= end) {
            sentence.gold[i] = t.start == start ? NameTag::kBegin : NameTag::kInside;
          }
        }
      }
      sentences.push_back(std::move(sentence));
    }
  }
  return sentences;
}

using Spans = std::set<std::pair<size_t, size_t>>;

Spans SpansOf(const std::vector<NameTag>& tags) {
  Spans spans;
  for (size_t i = 0; i < tags.size();) {
    if (tags[i] == NameTag::kOutside) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < tags.size() && tags[j] == NameTag::kInside) ++j;
    spans.insert({i, j});
    i = j;
  }
  return spans;
}

class Trainer {
 public:
  Trainer() : weights_(size_t{PersonModel::kBuckets} * kNameTags), totals_(weights_.size()) {}

  void Epoch(std::vector<Sentence>& sentences, const NameLists& names, std::mt19937& random) {
    std::shuffle(sentences.begin(), sentences.end(), random);
    std::vector<uint32_t> features;
    TaggingContext context;
    for (const Sentence& sentence : sentences) {
      context.Assign(sentence.text, 0, sentence.text.size(), names);
      NameTag previous = NameTag::kOutside;
      for (size_t i = 0; i < context.size(); ++i) {
        ++clock_;
        const NameTag gold = sentence.gold[i];
        // As PersonModel::Tag: tokens that need no scoring are outside.
        if (!context.NeedsScoring(i, previous)) {
          previous = NameTag::kOutside;
          continue;
        }
        features.clear();
        context.Features(i, previous, features);
        const NameTag guess = Predict(features);
        if (guess != gold) {
          Update(features, gold, 1);
          Update(features, guess, -1);
        }
        previous = guess;
      }
    }
  }

  // The averaged weights.
  std::vector<float> Averaged() const {
    std::vector<float> averaged(weights_.size());
    for (size_t i = 0; i < weights_.size(); ++i) {
      averaged[i] = weights_[i] - totals_[i] / static_cast<float>(clock_);
    }
    return averaged;
  }

 private:
  NameTag Predict(const std::vector<uint32_t>& features) const {
    float scores[kNameTags] = {0, 0, 0};
    for (const uint32_t bucket : features) {
      for (size_t t = 0; t < kNameTags; ++t) scores[t] += weights_[size_t{bucket} * kNameTags + t];
    }
    return static_cast<NameTag>(std::max_element(scores, scores + kNameTags) - scores);
  }

  void Update(const std::vector<uint32_t>& features, NameTag tag, float delta) {
    for (const uint32_t bucket : features) {
      const size_t index = size_t{bucket} * kNameTags + static_cast<size_t>(tag);
      weights_[index] += delta;
      totals_[index] += static_cast<float>(clock_) * delta;
    }
  }

  std::vector<float> weights_;
  std::vector<float> totals_;
  uint64_t clock_ = 1;
};

// Exact-span precision, recall and F1 of `model` on `sentences`.
std::array<double, 3> Score(const PersonModel& model, const std::vector<Sentence>& sentences,
                            const NameLists& names) {
  size_t correct = 0, found = 0, gold = 0;
  std::vector<NameTag> tags;
  std::vector<uint32_t> features;
  TaggingContext context;
  for (const Sentence& sentence : sentences) {
    context.Assign(sentence.text, 0, sentence.text.size(), names);
    tags.assign(context.size(), NameTag::kOutside);
    model.Tag(context, 0, context.size(), tags, features);
    const Spans predicted = SpansOf(tags), expected = SpansOf(sentence.gold);
    found += predicted.size();
    gold += expected.size();
    for (const auto& span : predicted) correct += expected.contains(span);
  }
  const double p = found ? double(correct) / found : 0, r = gold ? double(correct) / gold : 0;
  return {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
}

int Main(int argc, char** argv) {
  CLI::App app{"train-person-tagger: learns the PERSON tagger's weights"};
  std::vector<std::string> train, dev;
  std::string out = "detectors/data/person_tagger.bin";
  std::string first_names = "detectors/data/first_names.txt";
  std::string last_names = "detectors/data/last_names.txt";
  std::string common_words = "detectors/data/common_words.txt";
  std::string label = "PER";
  int epochs = 8;
  app.add_option("--train", train)->required()->check(CLI::ExistingFile);
  app.add_option("--dev", dev)->required()->check(CLI::ExistingFile);
  app.add_option("--out", out)->capture_default_str();
  app.add_option("--first-names", first_names)->capture_default_str();
  app.add_option("--last-names", last_names)->capture_default_str();
  app.add_option("--common-words", common_words)->capture_default_str();
  app.add_option("--label", label, "The gold label of names")->capture_default_str();
  app.add_option("--epochs", epochs)->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  const NameLists names =
      NameLists::Parse(ReadFile(first_names), ReadFile(last_names), ReadFile(common_words));
  std::vector<Sentence> training = Load(train, label, names);
  const std::vector<Sentence> development = Load(dev, label, names);
  std::printf("training sentences %zu, dev sentences %zu\n", training.size(), development.size());
  Trainer trainer;
  std::mt19937 random(20261123);
  double best_f1 = -1;
  std::string best;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    trainer.Epoch(training, names, random);
    const std::string bytes = PersonModel::Serialize(trainer.Averaged());
    const PersonModel model = *PersonModel::FromBytes(bytes);
    const auto [p, r, f1] = Score(model, development, names);
    std::printf("epoch %d: dev precision %.4f recall %.4f F1 %.4f\n", epoch, p, r, f1);
    if (f1 > best_f1) {
      best_f1 = f1;
      best = bytes;
    }
  }
  std::ofstream(out, std::ios::binary) << best;
  std::printf("wrote %s (dev F1 %.4f)\n", out.c_str(), best_f1);
  return 0;
}

}  // namespace
}  // namespace sladd

int main(int argc, char** argv) { return sladd::Main(argc, argv); }
