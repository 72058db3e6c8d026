// Runs the built sladd binary as users do.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/subprocess.h"

namespace sladd {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::ProcessResult;
using testing::RunProcess;

const std::string kKeyEnv =
    "SLADD_TEST_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

ProcessResult Sladd(std::vector<std::string> args, const std::string& input = "",
                    const std::vector<std::string>& env = {}) {
  args.insert(args.begin(), SLADD_BINARY);
  return RunProcess(args, input, env);
}

std::string WriteTemp(const std::string& name, const std::string& contents) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

TEST(SladdCli, AnalyzeWritesOneJsonLinePerMessage) {
  const ProcessResult result =
      Sladd({"analyze"}, "Send til ola.nordmann@example.no\nikke noe her\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "{\"findings\":[{\"type\":\"EMAIL_ADDRESS\",\"start\":9,\"end\":32,\"score\":0.99,"
            "\"detector\":\"email_address\",\"kind\":\"plain\"}]}\n"
            "{\"findings\":[]}\n");
  EXPECT_THAT(result.out, Not(HasSubstr("ola.nordmann")));
}

TEST(SladdCli, AnalyzeEchoesValuesOnlyWhenAsked) {
  const ProcessResult result =
      Sladd({"analyze", "--include-values", "--code-points"}, "Åse: 912 34 567\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("\"value\":\"912 34 567\""));
  EXPECT_THAT(result.out, HasSubstr("\"start\":6,\"end\":16"));
  EXPECT_THAT(result.out, HasSubstr("\"cp_start\":5,\"cp_end\":15"));
}

TEST(SladdCli, RedactsTextLinesKeepingLineEndings) {
  const ProcessResult result =
      Sladd({"redact"}, "fnr 01019000083\r\ntlf 912 34 567\nsiste linje uten skift");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out, "fnr <NO_NATIONAL_ID>\r\ntlf <PHONE_NUMBER>\nsiste linje uten skift");
}

TEST(SladdCli, RedactsEveryStringOfJsonLinesByDefault) {
  const std::string input =
      R"({"id":91234567,"text":"ring 912 34 567 \u00e6","user":{"email":"a@b.no"}})" "\n"
      R"({"text" : "a@b.no" , "n":[1,2.5,true,null,"c@d.no"]})" "\r\n";
  const ProcessResult result = Sladd({"redact", "--input-format", "jsonl"}, input);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            R"({"id":91234567,"text":"ring <PHONE_NUMBER> æ","user":{"email":"<EMAIL_ADDRESS>"}})"
            "\n"
            R"({"text" : "<EMAIL_ADDRESS>" , "n":[1,2.5,true,null,"<EMAIL_ADDRESS>"]})" "\r\n");
}

TEST(SladdCli, RedactsOnlyTheFieldsNamedByPath) {
  // Keys are matched unescaped ("us\u0065r" is "user"); '*' is any key; a path naming an
  // object or array takes every string inside it.
  const std::string input =
      R"({"message":"ring 91234567","us\u0065r":{"email":"a@b.no","id":91234567},)"
      R"("context":{"a":"x@y.no","b":["c@d.no",3]},"other":"e@f.no"})" "\n";
  const ProcessResult result = Sladd(
      {"redact", "--input-format", "jsonl", "--fields", "message,user.email,context.*"}, input);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            R"({"message":"ring <PHONE_NUMBER>","us\u0065r":{"email":"<EMAIL_ADDRESS>",)"
            R"("id":91234567},"context":{"a":"<EMAIL_ADDRESS>","b":["<EMAIL_ADDRESS>",3]},)"
            R"("other":"e@f.no"})" "\n");
  // --text-field alone names the one field to rewrite, as before --fields existed.
  const ProcessResult text_field =
      Sladd({"redact", "--input-format", "jsonl", "--text-field", "message"}, input);
  EXPECT_THAT(text_field.out, HasSubstr(R"("email":"a@b.no")"));
  EXPECT_THAT(text_field.out, HasSubstr(R"("message":"ring <PHONE_NUMBER>")"));
  EXPECT_EQ(Sladd({"redact", "--input-format", "jsonl", "--fields", "a..b"}, input).exit_status, 2);
}

TEST(SladdCli, ReadsANamedTextField) {
  const ProcessResult result = Sladd({"analyze", "--input-format", "jsonl", "--text-field", "msg"},
                                     R"({"msg":"tlf 91234567"})" "\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("\"type\":\"PHONE_NUMBER\",\"start\":4,\"end\":12"));
}

TEST(SladdCli, RedactsEveryCopyOfADuplicatedKey) {
  const ProcessResult result = Sladd({"redact", "--input-format", "jsonl"},
                                     R"({"text":"a@b.no","text":"c@d.no"})" "\n");
  EXPECT_EQ(result.out, R"({"text":"<EMAIL_ADDRESS>","text":"<EMAIL_ADDRESS>"})" "\n");
}

TEST(SladdCli, StopsAtABadLineNamingItAndNeverPassesItThrough) {
  const std::string input = "{\"text\":\"a@b.no\"}\n{\"text\":\"c@d.no\"\n{\"text\":\"e@f.no\"}\n";
  const ProcessResult result = Sladd({"redact", "--input-format", "jsonl"}, input);
  EXPECT_EQ(result.exit_status, 1);
  EXPECT_THAT(result.err, HasSubstr("<stdin>:2: malformed JSON"));
  EXPECT_THAT(result.err, Not(HasSubstr("c@d.no")));
  EXPECT_THAT(result.out, Not(HasSubstr("c@d.no")));
  EXPECT_THAT(result.out, Not(HasSubstr("e@f.no")));
}

TEST(SladdCli, SkipsAndCountsBadLinesWhenAsked) {
  const std::string input = "tlf 91234567\n\xFF\xFE 91234567\n{\"x\":1}\nmail a@b.no\n";
  const ProcessResult result = Sladd({"redact", "--on-error", "skip"}, input);
  EXPECT_EQ(result.exit_status, 0);
  EXPECT_EQ(result.out, "tlf <PHONE_NUMBER>\n{\"x\":1}\nmail <EMAIL_ADDRESS>\n");
  EXPECT_THAT(result.err, HasSubstr("<stdin>:2: invalid UTF-8 at byte 0"));
  EXPECT_THAT(result.err, HasSubstr("skipped 1 line(s)"));

  // Records without a string to redact pass unchanged; what is not a JSON object is bad.
  const ProcessResult jsonl =
      Sladd({"redact", "--input-format", "jsonl", "--on-error", "skip"},
            "{\"x\":1}\n{\"text\":2}\n[1]\n{\"text\":\"ok\"\n{\"text\":\"ok\"}\n");
  EXPECT_EQ(jsonl.out, "{\"x\":1}\n{\"text\":2}\n{\"text\":\"ok\"}\n");
  EXPECT_THAT(jsonl.err, HasSubstr("<stdin>:3: not a JSON object"));
  EXPECT_THAT(jsonl.err, HasSubstr("<stdin>:4: malformed JSON"));
  EXPECT_THAT(jsonl.err, HasSubstr("skipped 2 line(s)"));
  EXPECT_THAT(Sladd({"analyze", "--input-format", "jsonl", "--on-error", "skip"}, "{\"x\":1}\n").err,
              HasSubstr("<stdin>:1: no string field \"text\""));
}

TEST(SladdCli, RedactsMalformedJsonLinesAsTextWhenAsked) {
  const ProcessResult result =
      Sladd({"redact", "--input-format", "jsonl", "--on-error", "keep-redacted-text", "--stats"},
            "{\"text\":\"a@b.no\"}\nnot json, mail c@d.no\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out, "{\"text\":\"<EMAIL_ADDRESS>\"}\nnot json, mail <EMAIL_ADDRESS>\n");
  EXPECT_THAT(result.err, HasSubstr("1 malformed JSON lines redacted as text"));
  EXPECT_THAT(result.err, Not(HasSubstr("c@d.no")));
  EXPECT_EQ(Sladd({"redact", "--on-error", "keep-redacted-text"}, "x\n").exit_status, 2);
}

TEST(SladdCli, ReadsFilesInOrder) {
  const std::string a = WriteTemp("a.txt", "tlf 91234567\n");
  const std::string b = WriteTemp("b.txt", "a@b.no\n");
  const ProcessResult result = Sladd({"redact", a, b});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out, "tlf <PHONE_NUMBER>\n<EMAIL_ADDRESS>\n");
}

TEST(SladdCli, AnOutputOfDashIsStandardOutput) {
  const ProcessResult result = Sladd({"redact", "-o", "-"}, "tlf 912 34 567\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out, "tlf <PHONE_NUMBER>\n");
  EXPECT_FALSE(std::ifstream("-").good()) << "wrote a file named -";
}

TEST(SladdCli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Sladd({}).exit_status, 2);
  EXPECT_EQ(Sladd({"frobnicate"}).exit_status, 2);
  EXPECT_EQ(Sladd({"redact", "--input-format", "xml"}).exit_status, 2);
  EXPECT_EQ(Sladd({"redact", "--config", "/no/such/file.json"}).exit_status, 2);
  EXPECT_EQ(Sladd({"redact", "/no/such/input.txt"}).exit_status, 2);
  const ProcessResult restore = Sladd({"restore"}, "x\n");
  EXPECT_EQ(restore.exit_status, 2);
  EXPECT_THAT(restore.err, HasSubstr("restore needs --config"));
  EXPECT_EQ(Sladd({"--help"}).exit_status, 0);
}

TEST(SladdCli, ReportsBadConfigByField) {
  const std::string config =
      WriteTemp("bad.json", R"({"policies":[{"name":"p","types":["NOPE"]}]})");
  const ProcessResult result = Sladd({"redact", "--config", config}, "x\n");
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_THAT(result.err, HasSubstr("policies[0].types[0]: unknown type \"NOPE\""));
  const ProcessResult unknown = Sladd({"redact", "--policy", "nope"}, "x\n");
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_THAT(unknown.err, HasSubstr("no policy named \"nope\""));
}

// The .hsdb entries in `directory`.
std::vector<std::string> CacheEntries(const std::string& directory) {
  std::vector<std::string> entries;
  std::error_code missing;
  for (const auto& file : std::filesystem::directory_iterator(directory, missing)) {
    if (file.path().extension() == ".hsdb") entries.push_back(file.path().filename());
  }
  return entries;
}

TEST(SladdCli, KeepsThePolicysCompiledDatabaseForTheNextRun) {
  const std::string directory = ::testing::TempDir() + "/named-cache";
  std::filesystem::remove_all(directory);
  const std::string input = "fnr 01019000083, ola@example.no\n";
  const ProcessResult compiled = Sladd({"redact", "--cache-dir", directory}, input);
  EXPECT_EQ(compiled.exit_status, 0) << compiled.err;
  EXPECT_EQ(CacheEntries(directory).size(), 1u);
  const ProcessResult loaded = Sladd({"redact", "--cache-dir", directory}, input);
  EXPECT_EQ(loaded.exit_status, 0) << loaded.err;
  EXPECT_EQ(loaded.out, "fnr <NO_NATIONAL_ID>, <EMAIL_ADDRESS>\n");
  EXPECT_EQ(loaded.out, compiled.out);
  EXPECT_EQ(CacheEntries(directory).size(), 1u);
}

TEST(SladdCli, CachesUnderXdgCacheHomeUnlessTold) {
  const std::string home = ::testing::TempDir() + "/xdg-cache-home";
  std::filesystem::remove_all(home);
  const ProcessResult uncached =
      Sladd({"analyze", "--no-cache"}, "hei\n", {"XDG_CACHE_HOME=" + home});
  EXPECT_EQ(uncached.exit_status, 0) << uncached.err;
  EXPECT_FALSE(std::filesystem::exists(home));
  const ProcessResult cached = Sladd({"analyze"}, "hei\n", {"XDG_CACHE_HOME=" + home});
  EXPECT_EQ(cached.exit_status, 0) << cached.err;
  EXPECT_EQ(CacheEntries(home + "/sladd").size(), 1u);
}

TEST(SladdCli, ANamedCacheThatCannotBeMadeIsAnError) {
  const std::string blocker = WriteTemp("cache-blocker", "a file, not a directory");
  const ProcessResult result = Sladd({"analyze", "--cache-dir", blocker + "/sladd"}, "hei\n");
  EXPECT_NE(result.exit_status, 0);
  EXPECT_THAT(result.err, HasSubstr("cache directory"));
  EXPECT_EQ(result.out, "");
}

constexpr char kLeadsCsv[] =
    "Navn;E-post;Telefon;Kommentar;Beløp\r\n"
    "Kari Nordmann;kari@example.no;91234567;\"Har diabetes; ring etter 16\";1200,50\r\n"
    "\"Ola Hansen\";ola@firma.no;;\"To linjer:\nsend til ola@firma.no\";99\r\n";

TEST(SladdCli, RedactsCsvCellsKeepingTheHeaderQuotingAndDelimiter) {
  const ProcessResult result = Sladd({"redact", "--input-format", "csv"}, kLeadsCsv);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "Navn;E-post;Telefon;Kommentar;Beløp\r\n"
            "<PERSON>;<EMAIL_ADDRESS>;<PHONE_NUMBER>;\"Har <HEALTH_DATA>; ring etter 16\";1200,50\r\n"
            "\"<PERSON>\";<EMAIL_ADDRESS>;;\"To linjer:\nsend til <EMAIL_ADDRESS>\";99\r\n");
}

TEST(SladdCli, RedactsOnlyTheNamedCsvColumns) {
  const ProcessResult result =
      Sladd({"redact", "--input-format", "csv", "--fields", "E-post,Kommentar"}, kLeadsCsv);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Kari Nordmann;<EMAIL_ADDRESS>;91234567;"));
  const ProcessResult missing =
      Sladd({"redact", "--input-format", "csv", "--fields", "Fødselsnummer"}, kLeadsCsv);
  EXPECT_EQ(missing.exit_status, 2);
  EXPECT_THAT(missing.err, HasSubstr("<stdin>: --fields: the CSV header has no column"));
  EXPECT_EQ(missing.out, "");
}

TEST(SladdCli, ReadsACsvCellAfterItsColumnsName) {
  // Eleven bare digits are an account number only where the column says so.
  const std::string input = "Kontonummer\tMelding\n12345678903\tok\n";
  const ProcessResult named = Sladd({"redact", "--input-format", "csv"}, input);
  EXPECT_EQ(named.out, "Kontonummer\tMelding\n<NO_BANK_ACCOUNT>\tok\n");
  const ProcessResult unnamed =
      Sladd({"redact", "--input-format", "csv", "--no-header", "--delimiter", "tab"}, input);
  EXPECT_EQ(unnamed.exit_status, 0) << unnamed.err;
  EXPECT_EQ(unnamed.out, input);
  const ProcessResult analyzed =
      Sladd({"analyze", "--input-format", "csv", "--include-values", "--code-points"},
            "Kommentar,Kontonummer\nÅse har astma,12345678903\n");
  EXPECT_EQ(analyzed.out,
            "{\"findings\":[{\"column\":\"Kommentar\",\"type\":\"PERSON\",\"start\":0,"
            "\"end\":4,\"score\":0.8,\"detector\":\"person\",\"kind\":\"model\",\"cp_start\":0,"
            "\"cp_end\":3,\"value\":\"Åse\"},"
            "{\"column\":\"Kommentar\",\"type\":\"HEALTH_DATA\",\"start\":9,\"end\":14,"
            "\"score\":0.9,\"detector\":\"special_category\",\"kind\":\"in_context\","
            "\"cp_start\":8,\"cp_end\":13,\"value\":\"astma\"},"
            "{\"column\":\"Kontonummer\",\"type\":\"NO_BANK_ACCOUNT\",\"start\":0,\"end\":11,"
            "\"score\":0.97,\"detector\":\"no_bank_account\",\"cp_start\":0,\"cp_end\":11,"
            "\"value\":\"12345678903\"}],\"special_categories\":[\"HEALTH_DATA\"]}\n");
}

TEST(SladdCli, ReadsAnAccountCellAfterTheRecordsClearingNumberOrSortCode) {
  // Seven to ten digits are a Swedish account only with a clearing number, eight a British
  // one only with a sort code, six to ten a Danish one only with a registration number: a
  // record's two columns are read together.
  const std::string swedish =
      "Navn;Clearingnummer;Kontonummer;Kommentar\n"
      "Kari;9420;4172385;ok\n"
      "Ola;8424-4;983 189 224-6;ring 4172385\n"
      "Per;se notat;4172385;x\n";
  const ProcessResult redacted = Sladd({"redact", "--input-format", "csv"}, swedish);
  EXPECT_EQ(redacted.exit_status, 0) << redacted.err;
  EXPECT_EQ(redacted.out,
            "Navn;Clearingnummer;Kontonummer;Kommentar\n"
            "<PERSON>;9420;<SE_BANK_ACCOUNT>;ok\n"
            "<PERSON>;8424-4;<SE_BANK_ACCOUNT>;ring 4172385\n"
            "<PERSON>;se notat;4172385;x\n");
  const ProcessResult danish = Sladd({"redact", "--input-format", "csv"},
                                     "Reg.nr.;Kontonr.\n1234;0001234567\nAB 12345;0001234567\n");
  // A car's registration in such a column is a plate, and no context for the account.
  EXPECT_EQ(danish.out,
            "Reg.nr.;Kontonr.\n1234;<DK_BANK_ACCOUNT>\n<LICENSE_PLATE>;0001234567\n");
  const ProcessResult analyzed = Sladd({"analyze", "--input-format", "csv", "--code-points"},
                                       "Sort code,Account number\n20-00-00,12345678\n");
  EXPECT_EQ(analyzed.exit_status, 0) << analyzed.err;
  // Offsets are the cell's, after the context read before it.
  EXPECT_EQ(analyzed.out,
            "{\"findings\":[{\"column\":\"Account number\",\"type\":\"GB_BANK_ACCOUNT\","
            "\"start\":0,\"end\":8,\"score\":0.95,\"detector\":\"gb_bank_account\","
            "\"cp_start\":0,\"cp_end\":8}]}\n");
}

TEST(SladdCli, KeepsExcelsByteOrderMarkOutOfTheFirstColumnsName) {
  const std::string input = "\xEF\xBB\xBFNavn;Kontonummer\r\nKari;12345678903\r\n";
  const ProcessResult named =
      Sladd({"redact", "--input-format", "csv", "--fields", "Navn"}, input);
  EXPECT_EQ(named.exit_status, 0) << named.err;
  EXPECT_EQ(named.out, "\xEF\xBB\xBFNavn;Kontonummer\r\n<PERSON>;12345678903\r\n");
  const ProcessResult unnamed =
      Sladd({"redact", "--input-format", "csv", "--no-header"}, "\xEF\xBB\xBFKari;x\n");
  EXPECT_EQ(unnamed.out, "\xEF\xBB\xBF<PERSON>;x\n");
}

TEST(SladdCli, AddsACsvColumnOfEachRecordsSpecialCategories) {
  const ProcessResult result =
      Sladd({"redact", "--input-format", "csv", "--categories-field", "kategorier"},
            "Navn,Kommentar\r\nKari,har diabetes og stemmer Rødt\r\nOla,ok\r\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "Navn,Kommentar,kategorier\r\n"
            "<PERSON>,har <HEALTH_DATA> og stemmer <POLITICAL_OPINION>,"
            "\"HEALTH_DATA,POLITICAL_OPINION\"\r\n"
            "<PERSON>,ok,\r\n");
  const ProcessResult refused = Sladd(
      {"redact", "--input-format", "csv", "--no-header", "--categories-field", "k"}, "a\n");
  EXPECT_EQ(refused.exit_status, 2);
}

TEST(SladdCli, StopsAtABadCsvRecordNamingItOrSkipsIt) {
  const std::string input = "a,b\nKari,1\n\"Kari\" Nordmann,2\nOla,3\n";
  const ProcessResult stopped = Sladd({"redact", "--input-format", "csv"}, input);
  EXPECT_EQ(stopped.exit_status, 1);
  EXPECT_THAT(stopped.err, HasSubstr("<stdin>:3: CSV field 1: text after its closing quote"));
  EXPECT_THAT(stopped.err + stopped.out, Not(HasSubstr("Nordmann")));
  const ProcessResult skipped =
      Sladd({"redact", "--input-format", "csv", "--on-error", "skip"}, input);
  EXPECT_EQ(skipped.exit_status, 0) << skipped.err;
  EXPECT_EQ(skipped.out, "a,b\n<PERSON>,1\n<PERSON>,3\n");

  // A quote never closed costs its line only: the records after it are read and redacted.
  const std::string stray = "a,b\nKari,1\nOla,\"2\nKari Nordmann,91234567\nOla,4\n";
  const ProcessResult stopped_at_stray = Sladd({"redact", "--input-format", "csv"}, stray);
  EXPECT_EQ(stopped_at_stray.exit_status, 1);
  EXPECT_THAT(stopped_at_stray.err, HasSubstr("<stdin>:3: CSV field 2: a quote is never closed"));
  const ProcessResult past_stray =
      Sladd({"redact", "--input-format", "csv", "--on-error", "skip"}, stray);
  EXPECT_EQ(past_stray.exit_status, 0) << past_stray.err;
  EXPECT_EQ(past_stray.out, "a,b\n<PERSON>,1\n<PERSON>,<PHONE_NUMBER>\n<PERSON>,4\n");
  EXPECT_THAT(past_stray.err, HasSubstr("skipped 1 line(s)"));
}

TEST(SladdCli, PicksCsvColumnsByNumberWithoutAHeader) {
  const std::string input = "Kari Nordmann,Ola Hansen,91234567\n";
  const ProcessResult picked =
      Sladd({"redact", "--input-format", "csv", "--no-header", "--fields", "2,3"}, input);
  EXPECT_EQ(picked.exit_status, 0) << picked.err;
  EXPECT_EQ(picked.out, "Kari Nordmann,<PERSON>,<PHONE_NUMBER>\n");
  const ProcessResult refused =
      Sladd({"redact", "--input-format", "csv", "--no-header", "--fields", "a"}, input);
  EXPECT_EQ(refused.exit_status, 2);
  EXPECT_THAT(refused.err, HasSubstr("\"a\" is no column number"));
  EXPECT_EQ(refused.out, "");
}

TEST(SladdCli, TokenizesAndRestores) {
  const std::string config = WriteTemp("tokens.json", R"({
      "secrets":[{"id":"t1","env":"SLADD_TEST_KEY"}],
      "policies":[{"name":"llm","defaultOperator":{"tokenize":{"key":"t1"}}}]})");
  const std::string input = "Hei, ring 912 34 567 eller skriv til kari@firma.no\n";
  const ProcessResult tokenized = Sladd({"redact", "--config", config}, input, {kKeyEnv});
  ASSERT_EQ(tokenized.exit_status, 0) << tokenized.err;
  EXPECT_THAT(tokenized.out, HasSubstr("<PHONE_NUMBER#t1:"));
  EXPECT_THAT(tokenized.out, Not(HasSubstr("kari@firma.no")));
  const ProcessResult restored =
      Sladd({"restore", "--config", config}, tokenized.out, {kKeyEnv});
  ASSERT_EQ(restored.exit_status, 0) << restored.err;
  EXPECT_EQ(restored.out, input);
}

TEST(SladdCli, NumbersAcrossTheInputWhenAsked) {
  const std::string config = WriteTemp(
      "number.json", R"({"policies":[{"name":"p","defaultOperator":{"number":{}}}]})");
  const std::string input = "a@b.no\nc@d.no og a@b.no\n";
  EXPECT_EQ(Sladd({"redact", "--config", config}, input).out,
            "<EMAIL_ADDRESS_1>\n<EMAIL_ADDRESS_1> og <EMAIL_ADDRESS_2>\n");
  EXPECT_EQ(Sladd({"redact", "--config", config, "--number-scope", "input"}, input).out,
            "<EMAIL_ADDRESS_1>\n<EMAIL_ADDRESS_2> og <EMAIL_ADDRESS_1>\n");
}

TEST(SladdCli, RedactsTheBundledExample) {
  const ProcessResult result = Sladd({"redact", SLADD_SOURCE_DIR "/examples/chat.txt"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  for (const char* value : {"912 34 567", "kari.nordmann@example.no", "010190 00083",
                            "8601.11.17947", "4111 1111 1111 1111", "81.167.33.12",
                            "depresjon", "Kari Nordmann", "Storgata 12B"}) {
    EXPECT_THAT(result.out, Not(HasSubstr(value)));
  }
  EXPECT_THAT(result.out, HasSubstr("kr 12 499,-"));
  EXPECT_THAT(result.out, HasSubstr("versjon 2.14.0"));
}

TEST(SladdCli, SaysWhichSpecialCategoriesAMessageHolds) {
  ProcessResult result = Sladd({"analyze"}, "Jeg har diabetes og er muslim\nring meg\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_THAT(result.out,
              HasSubstr("\"special_categories\":[\"HEALTH_DATA\",\"RELIGIOUS_BELIEF\"]}\n{\"findings\":[]}\n"));
  result = Sladd({"redact", "--input-format", "jsonl", "--categories-field", "sensitive"},
                 "{\"text\":\"Jeg er gravid og homofil\",\"n\":1} \n{\"text\":\"hei\"}\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "{\"text\":\"Jeg er <HEALTH_DATA> og <SEX_LIFE_OR_ORIENTATION>\",\"n\":1,"
            "\"sensitive\":[\"HEALTH_DATA\",\"SEX_LIFE_OR_ORIENTATION\"]} \n"
            "{\"text\":\"hei\",\"sensitive\":[]}\n");
  result = Sladd({"redact", "--input-format", "jsonl", "--categories-field", "c"},
                 "[{\"text\":\"x\"}]\n");
  EXPECT_EQ(result.exit_status, 1);
}

TEST(SladdCli, ListsThePolicysChannelCategories) {
  const std::string config = WriteTemp(
      "channel.json",
      R"({"policies":[{"name":"clinic","channelCategories":["HEALTH_DATA"]}]})");
  ProcessResult result = Sladd({"analyze", "--config", config}, "Kan jeg flytte timen?\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out, "{\"findings\":[],\"special_categories\":[\"HEALTH_DATA\"]}\n");
  result = Sladd({"redact", "--config", config, "--input-format", "jsonl", "--categories-field",
                  "c"},
                 "{\"text\":\"Jeg er muslim\"}\n");
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "{\"text\":\"Jeg er <RELIGIOUS_BELIEF>\","
            "\"c\":[\"HEALTH_DATA\",\"RELIGIOUS_BELIEF\"]}\n");
}

TEST(SladdCli, EvalScoresExactAndOverlappingSpansAndGates) {
  // "Kari Nordmann" is found exactly; the gold "per" (also a word) is missed; the email is
  // found but not labelled, so it counts as wrong only for EMAIL_ADDRESS when that type is
  // evaluated.
  const std::string gold = WriteTemp(
      "gold.jsonl",
      "{\"text\":\"Hei, jeg heter Kari Nordmann\",\"spans\":[{\"start\":15,\"end\":28,"
      "\"label\":\"PER\"}]}\n"
      "{\"id\":\"m2\",\"text\":\"ring per i kveld\",\"spans\":[{\"start\":5,\"end\":8,"
      "\"label\":\"PER\"}]}\n");
  const std::string misses = ::testing::TempDir() + "/misses.jsonl";
  ProcessResult result =
      Sladd({"eval", "--map", "PER=PERSON", "--misses", misses, "--min-recall", "PERSON=0.5", gold});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_THAT(result.out,
              HasSubstr("| PERSON | 2 | 1 | 1.0000 | 0.5000 | 0.6667 | 1.0000 | 0.5000 | 0.6667 |"));
  std::ifstream written(misses);
  const std::string line((std::istreambuf_iterator<char>(written)), std::istreambuf_iterator<char>());
  EXPECT_THAT(line, HasSubstr("\"id\":\"m2\""));
  EXPECT_THAT(line, HasSubstr("\"missed\":[{\"type\":\"PERSON\",\"start\":5,\"end\":8"));

  result = Sladd({"eval", "--map", "PER=PERSON", "--min-recall", "PERSON=0.9", gold});
  EXPECT_EQ(result.exit_status, 1);
  EXPECT_THAT(result.err, HasSubstr("PERSON exact recall 0.5000 is below the minimum 0.9000"));
}

// A chat export's record may hold the bot's question beside the user's answer.
TEST(SladdCli, ReadsAJsonRecordsAnswerAfterItsPreviousTurn) {
  const std::string input =
      "{\"q\":\"Takk! Har du noen allergier vi bør vite om?\",\"a\":\"ja, nøtter\"}\n"
      "{\"q\":\"Har du noen allergier?\",\"a\":\"nei\"}\n"
      "{\"a\":\"ja, nøtter\"}\n";
  ProcessResult result = Sladd({"redact", "--input-format", "jsonl", "--fields", "a",
                                "--previous-turn-field", "q"},
                               input);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "{\"q\":\"Takk! Har du noen allergier vi bør vite om?\",\"a\":\"<HEALTH_DATA>\"}\n"
            "{\"q\":\"Har du noen allergier?\",\"a\":\"nei\"}\n"
            "{\"a\":\"ja, nøtter\"}\n");
  result = Sladd({"redact", "--previous-turn-field", "q"}, "x\n");
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_THAT(result.err, HasSubstr("--previous-turn-field is for analyze and redact"));
}

// The record's other strings, redacted too, answer nothing (regression: "role":"user" was
// read as the answer to a question of allergies).
TEST(SladdCli, ReadsOnlyTheMessageOfARecordAfterItsPreviousTurn) {
  const std::string input =
      "{\"q\":\"Har du noen allergier?\",\"role\":\"user\",\"text\":\"ja, nøtter\"}\n";
  const ProcessResult result =
      Sladd({"redact", "--input-format", "jsonl", "--previous-turn-field", "q"}, input);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "{\"q\":\"Har du noen <HEALTH_DATA>?\",\"role\":\"user\",\"text\":\"<HEALTH_DATA>\"}\n");
}

// A chat export may hold one turn a record: the record before, of the same conversation,
// holds the question.
TEST(SladdCli, ReadsAJsonRecordAfterTheRecordBeforeItInItsConversation) {
  const std::string input =
      "{\"id\":1,\"role\":\"bot\",\"text\":\"Takk! Har du noen allergier vi bør vite om?\"}\n"
      "{\"id\":1,\"role\":\"user\",\"text\":\"ja, nøtter\"}\n"
      "{\"id\":2,\"role\":\"user\",\"text\":\"ja, nøtter\"}\n";
  ProcessResult result =
      Sladd({"redact", "--input-format", "jsonl", "--conversation-field", "id"}, input);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "{\"id\":1,\"role\":\"bot\",\"text\":\"Takk! Har du noen <HEALTH_DATA> vi bør vite "
            "om?\"}\n"
            "{\"id\":1,\"role\":\"user\",\"text\":\"<HEALTH_DATA>\"}\n"
            "{\"id\":2,\"role\":\"user\",\"text\":\"ja, nøtter\"}\n");
  result = Sladd({"analyze", "--input-format", "jsonl", "--conversation-field", "id"}, input);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), 3);
  EXPECT_THAT(result.out, HasSubstr("\n{\"findings\":[{\"type\":\"HEALTH_DATA\",\"start\":0,"));
  EXPECT_THAT(result.out, EndsWith("\n{\"findings\":[]}\n"));

  result = Sladd({"redact", "--conversation-field", "id"}, "x\n");
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_THAT(result.err, HasSubstr("--conversation-field is for analyze and redact"));
  result = Sladd({"redact", "--input-format", "jsonl", "--conversation-field", "id",
                  "--previous-turn-field", "q"},
                 input);
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_THAT(result.err, HasSubstr("give --previous-turn-field or --conversation-field"));
  result = Sladd({"redact", "--input-format", "jsonl", "--conversation-window", "8"}, input);
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_THAT(result.err, HasSubstr("--conversation-window requires --conversation-field"));
  result = Sladd({"redact", "--input-format", "jsonl", "--conversation-field", "id",
                  "--conversation-window", "0"},
                 input);
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_THAT(result.err, HasSubstr("not in range 1 to 10000"));
}

// A CSV transcript pairs as JSON lines do: by a conversation's column, or by a column of
// the question beside the answer; the message's column is --text-field's, and every
// column is still rewritten.
TEST(SladdCli, ReadsACsvRecordsMessageAfterItsTurn) {
  const std::string input =
      "conversation;author;message\n"
      "c1;Kari Nordmann;\"Noe vi bør vite?\nHar du allergier?\"\n"
      "c2;bot;Hva heter du?\n"
      "c1;Kari Nordmann;ja, nøtter\n"
      "c2;user;ja, nøtter\n";
  ProcessResult result = Sladd({"redact", "--input-format", "csv", "--conversation-field",
                                "conversation", "--text-field", "message"},
                               input);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out,
            "conversation;author;message\n"
            "c1;<PERSON>;\"Noe vi bør vite?\nHar du <HEALTH_DATA>?\"\n"
            "c2;bot;Hva heter du?\n"
            "c1;<PERSON>;<HEALTH_DATA>\n"
            "c2;user;ja, nøtter\n");
  // Without it, the answer alone is nothing.
  result = Sladd({"redact", "--input-format", "csv"}, input);
  EXPECT_THAT(result.out, HasSubstr("c1;<PERSON>;ja, nøtter\n"));
  result = Sladd({"analyze", "--input-format", "csv", "--conversation-field", "1", "--text-field",
                  "3", "--no-header", "--delimiter", ";"},
                 input.substr(input.find('\n') + 1));
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_THAT(result.out,
              HasSubstr("{\"column\":3,\"type\":\"HEALTH_DATA\",\"start\":0,\"end\":11,"));

  const std::string questions = "q,a\nHar du noen allergier?,\"ja, nøtter\"\n";
  result =
      Sladd({"redact", "--input-format", "csv", "--previous-turn-field", "q", "--text-field", "a"},
            questions);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out, "q,a\nHar du noen <HEALTH_DATA>?,\"<HEALTH_DATA>\"\n");

  // A column the header lacks is a usage error naming the option.
  result =
      Sladd({"redact", "--input-format", "csv", "--conversation-field", "conversation"}, input);
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_THAT(result.err, HasSubstr("--text-field (the message's column): the CSV header has no "
                                    "column \"text\""));
  result = Sladd({"redact", "--input-format", "csv", "--conversation-field", "thread",
                  "--text-field", "message"},
                 input);
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_THAT(result.err, HasSubstr("--conversation-field: the CSV header has no column"));
}

// A record may give the turn its message answers, as the gRPC API's previous_turn.
TEST(SladdCli, EvalReadsAMessageAfterItsPreviousTurn) {
  const std::string gold = WriteTemp(
      "answers.jsonl",
      "{\"previous_turn\":\"Har du noen allergier?\",\"text\":\"ja, nøtter\",\"spans\":[{"
      "\"start\":0,\"end\":11,\"label\":\"HEALTH_DATA\"}]}\n"
      "{\"text\":\"ja, nøtter\",\"spans\":[]}\n");
  const ProcessResult result = Sladd({"eval", "--type", "HEALTH_DATA", gold});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("| HEALTH_DATA | 1 | 1 | 1.0000 | 1.0000 |"));
  const std::string bad =
      WriteTemp("bad_turn.jsonl", "{\"previous_turn\":1,\"text\":\"x\",\"spans\":[]}\n");
  EXPECT_NE(Sladd({"eval", bad}).exit_status, 0);
}

TEST(SladdCli, EvalRejectsUnlabelledInputByLine) {
  const std::string bad = WriteTemp("bad.jsonl", "{\"text\":\"x\",\"spans\":[]}\nnot json\n");
  const ProcessResult result = Sladd({"eval", bad});
  EXPECT_NE(result.exit_status, 0);
  EXPECT_THAT(result.err, HasSubstr("bad.jsonl:2: not a labelled message"));
}

}  // namespace
}  // namespace sladd
