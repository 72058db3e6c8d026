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
// (exact name spans); the best epoch is kept. Then the name bias is picked on the dev files:
// the highest recall at --min-precision. Deterministic: same data and --seed, same weights.
//
// English has no training data here, so two things make the Norwegian data teach it:
// --translate adds a copy of each training sentence rendered word by word into English
// (names kept: "sa Kari til Ola" -> "said Kari to Ola"), and --context-dropout hides the
// neighbouring words of a share of training tokens, so that a name is also recognised by
// its own shape, affixes and list membership where its neighbours were never seen.
#include <simdjson.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <unordered_map>

#include "absl/strings/ascii.h"
#include "detectors/person_tagger.h"
#include "engine/utf8.h"

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

using ByteSpans = std::vector<std::pair<size_t, size_t>>;

// `text` split into tokens, those inside `names` (byte spans) tagged B, I, I...
Sentence Labelled(std::string text, const ByteSpans& names, const NameLists& lists,
                  TaggingContext& context) {
  Sentence sentence;
  sentence.text = std::move(text);
  context.Assign(sentence.text, 0, sentence.text.size(), lists);
  for (size_t i = 0; i < context.size(); ++i) sentence.tokens.push_back(context.token(i));
  sentence.gold.assign(sentence.tokens.size(), NameTag::kOutside);
  for (const auto& [start, end] : names) {
    for (size_t i = 0; i < sentence.tokens.size(); ++i) {
      const WordToken& t = sentence.tokens[i];
      if (t.start >= start && t.end <= end) {
        sentence.gold[i] = t.start == start ? NameTag::kBegin : NameTag::kInside;
      }
    }
  }
  return sentence;
}

// Norwegian word -> English words, from a "word TAB translation" file ('#' comments).
using Dictionary = std::unordered_map<std::string, std::string>;

// nullopt if the file cannot be read.
std::optional<Dictionary> ReadDictionary(const std::string& path) {
  std::ifstream file(path);
  if (!file) return std::nullopt;
  Dictionary dictionary;
  std::string line;
  while (std::getline(file, line)) {
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    dictionary.emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  return dictionary;
}

// `sentence` rendered word by word with `dictionary`, names and unlisted words kept and the
// first letter's case carried over; nullopt if no word changed.
std::optional<Sentence> Translated(const Sentence& sentence, const Dictionary& dictionary,
                                   const NameLists& lists, TaggingContext& context) {
  std::string text;
  ByteSpans names;
  bool changed = false;
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    const WordToken& token = sentence.tokens[i];
    std::string word = sentence.text.substr(token.start, token.end - token.start);
    if (!text.empty()) text += ' ';
    const NameTag tag = sentence.gold[i];
    if (tag == NameTag::kBegin) names.push_back({text.size(), 0});
    if (tag == NameTag::kOutside) {
      const auto found = dictionary.find(FoldCase(word));
      if (found != dictionary.end()) {
        const bool capitalized = IsUpperCodePoint(CodePointAt(word, 0));
        word = found->second;
        if (capitalized) word[0] = absl::ascii_toupper(word[0]);
        changed = true;
      }
    }
    text += word;
    if (tag != NameTag::kOutside) names.back().second = text.size();
  }
  if (!changed) return std::nullopt;
  return Labelled(std::move(text), names, lists, context);
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
      ByteSpans gold;
      for (simdjson::dom::element span : spans) {
        std::string_view name;
        uint64_t start = 0, end = 0;
        if (span["label"].get(name) || name != label || span["start"].get(start) || span["end"].get(end)) continue;
        gold.push_back({start, end});
      }
      sentences.push_back(Labelled(std::string(text), gold, names, context));
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

  void Epoch(std::vector<Sentence>& sentences, const NameLists& names, std::mt19937& random,
             double dropout) {
    std::bernoulli_distribution drop(dropout);
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
        if (drop(random)) {
          // The neighbouring words left out, as in text whose words the model never saw.
          for (const size_t f : {18, 17, 16, 15, 7, 6}) features.erase(features.begin() + f);
        }
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

// The name bias with the highest dev recall whose dev precision is still `min_precision`.
float ChooseNameBias(const std::vector<float>& weights, const std::vector<Sentence>& dev,
                     const NameLists& names, double min_precision) {
  float chosen = 0;
  double chosen_recall = -1;
  for (float bias = 0; bias <= 30; bias += 1) {
    const PersonModel model = *PersonModel::FromBytes(PersonModel::Serialize(weights, bias));
    const auto [p, r, f1] = Score(model, dev, names);
    std::printf("name bias %4.1f: dev precision %.4f recall %.4f F1 %.4f\n", bias, p, r, f1);
    if (p >= min_precision && r > chosen_recall) {
      chosen = bias;
      chosen_recall = r;
    }
  }
  return chosen;
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
  uint32_t seed = 20261123;
  double dropout = 0.3;
  double min_precision = 0.85;
  std::string translate = "tools/data/norwegian_english_words.txt";
  app.add_option("--train", train)->required()->check(CLI::ExistingFile);
  app.add_option("--dev", dev)->required()->check(CLI::ExistingFile);
  app.add_option("--out", out)->capture_default_str();
  app.add_option("--first-names", first_names)->capture_default_str();
  app.add_option("--last-names", last_names)->capture_default_str();
  app.add_option("--common-words", common_words)->capture_default_str();
  app.add_option("--label", label, "The gold label of names")->capture_default_str();
  app.add_option("--epochs", epochs)->capture_default_str();
  app.add_option("--seed", seed,
                 "Seed of the training order and context dropout: retrain with a few to see "
                 "how much of a change is noise")
      ->capture_default_str();
  app.add_option("--context-dropout", dropout,
                 "Share of training tokens seen without their neighbouring words")
      ->capture_default_str();
  app.add_option("--min-precision", min_precision,
                 "Pick the name bias with the best dev recall at this dev precision")
      ->capture_default_str();
  app.add_option("--translate", translate,
                 "Also train on each sentence rendered word by word with this dictionary "
                 "(\"\": do not)")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  const NameLists names =
      NameLists::Parse({.first_names = ReadFile(first_names),
                        .last_names = ReadFile(last_names),
                        .common_words = ReadFile(common_words)});
  std::vector<Sentence> training = Load(train, label, names);
  const std::vector<Sentence> development = Load(dev, label, names);
  const size_t originals = training.size();
  if (!translate.empty()) {
    const std::optional<Dictionary> dictionary = ReadDictionary(translate);
    if (!dictionary) {
      std::fprintf(stderr, "cannot read the dictionary %s\n", translate.c_str());
      return 2;
    }
    TaggingContext context;
    for (size_t i = 0; i < originals; ++i) {
      if (auto copy = Translated(training[i], *dictionary, names, context)) {
        training.push_back(std::move(*copy));
      }
    }
  }
  std::printf("training sentences %zu (%zu translated), dev sentences %zu\n", training.size(),
              training.size() - originals, development.size());
  Trainer trainer;
  std::mt19937 random(seed);
  double best_f1 = -1;
  std::vector<float> best;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    trainer.Epoch(training, names, random, dropout);
    std::vector<float> weights = trainer.Averaged();
    const PersonModel model = *PersonModel::FromBytes(PersonModel::Serialize(weights, 0));
    const auto [p, r, f1] = Score(model, development, names);
    std::printf("epoch %d: dev precision %.4f recall %.4f F1 %.4f\n", epoch, p, r, f1);
    if (f1 > best_f1) {
      best_f1 = f1;
      best = std::move(weights);
    }
  }
  const float bias = ChooseNameBias(best, development, names, min_precision);
  std::ofstream(out, std::ios::binary) << PersonModel::Serialize(best, bias);
  std::printf("wrote %s (dev F1 %.4f without bias; name bias %.1f)\n", out.c_str(), best_f1, bias);
  return 0;
}

}  // namespace
}  // namespace sladd

int main(int argc, char** argv) { return sladd::Main(argc, argv); }
