#include "cli/csv_record.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/csv_records.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> Values(std::string_view record, char delimiter = ',') {
  CsvParser parser;
  std::vector<CsvField> fields;
  EXPECT_TRUE(parser.Parse(record, delimiter, fields).ok()) << record;
  std::vector<std::string> values;
  for (const CsvField& field : fields) values.emplace_back(field.value);
  return values;
}

TEST(CsvParser, SplitsPlainAndQuotedFields) {
  EXPECT_THAT(Values("a,b,c"), ElementsAre("a", "b", "c"));
  EXPECT_THAT(Values("\"a,b\",\"say \"\"hi\"\"\",c"), ElementsAre("a,b", "say \"hi\"", "c"));
  EXPECT_THAT(Values("\"two\nlines\";x", ';'), ElementsAre("two\nlines", "x"));
  EXPECT_THAT(Values(",,"), ElementsAre("", "", ""));
  EXPECT_THAT(Values(""), ElementsAre(""));
  EXPECT_THAT(Values("\"\""), ElementsAre(""));
  // A quote inside an unquoted field is a character, as spreadsheets read it.
  EXPECT_THAT(Values("5\" skjerm,ok"), ElementsAre("5\" skjerm", "ok"));
}

TEST(CsvParser, LeavesAByteOrderMarkOutOfTheFirstField) {
  EXPECT_THAT(Values("\xEF\xBB\xBFNavn;E-post", ';'), ElementsAre("Navn", "E-post"));
  EXPECT_THAT(Values("\xEF\xBB\xBF\"Navn\",x"), ElementsAre("Navn", "x"));
  CsvParser parser;
  std::vector<CsvField> fields;
  ASSERT_TRUE(parser.Parse("\xEF\xBB\xBFKari,1", ',', fields).ok());
  EXPECT_EQ(fields[0].begin, 3u);
}

TEST(CsvParser, GivesEachFieldsBytesQuotesIncluded) {
  CsvParser parser;
  std::vector<CsvField> fields;
  ASSERT_TRUE(parser.Parse("ab,\"c\"\"d\",", ',', fields).ok());
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[0].begin, 0u);
  EXPECT_EQ(fields[0].end, 2u);
  EXPECT_FALSE(fields[0].quoted);
  EXPECT_EQ(fields[1].begin, 3u);
  EXPECT_EQ(fields[1].end, 9u);
  EXPECT_TRUE(fields[1].quoted);
  EXPECT_EQ(fields[1].value, "c\"d");
  EXPECT_EQ(fields[2].begin, 10u);
  EXPECT_EQ(fields[2].end, 10u);
}

TEST(CsvParser, NamesTheBadFieldWithoutQuotingTheRecord) {
  CsvParser parser;
  std::vector<CsvField> fields;
  const absl::Status unclosed = parser.Parse("ok,\"Kari Nordmann", ',', fields);
  EXPECT_EQ(unclosed.message(), "CSV field 2: a quote is never closed");
  const absl::Status trailing = parser.Parse("\"Kari\" Nordmann,x", ',', fields);
  EXPECT_EQ(trailing.message(), "CSV field 1: text after its closing quote");
  EXPECT_THAT(std::string(trailing.message()), Not(HasSubstr("Kari")));
}

TEST(AppendCsvField, QuotesWhenTheValueOrTheOriginalNeedsIt) {
  auto field = [](std::string_view value, bool quoted) {
    std::string out;
    AppendCsvField(value, ';', quoted, out);
    return out;
  };
  EXPECT_EQ(field("<PERSON>", false), "<PERSON>");
  EXPECT_EQ(field("<PERSON>", true), "\"<PERSON>\"");
  EXPECT_EQ(field("a;b", false), "\"a;b\"");
  EXPECT_EQ(field("a,b", false), "a,b");
  EXPECT_EQ(field("say \"hi\"", false), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(field("two\nlines", false), "\"two\nlines\"");
}

TEST(DetectCsvDelimiter, TakesTheMostFrequentOutsideQuotes) {
  EXPECT_EQ(DetectCsvDelimiter("Navn;E-post;Beløp"), ';');
  EXPECT_EQ(DetectCsvDelimiter("name,email"), ',');
  EXPECT_EQ(DetectCsvDelimiter("name\temail\tnote"), '\t');
  EXPECT_EQ(DetectCsvDelimiter("\"a,b,c\";\"d\";e"), ';');
  EXPECT_EQ(DetectCsvDelimiter("name"), ',');
}

TEST(CsvColumns, SelectsColumnsByHeaderName) {
  CsvParser parser;
  std::vector<CsvField> header;
  ASSERT_TRUE(parser.Parse("Navn,E-post,Beløp", ',', header).ok());
  auto all = CsvColumns::FromHeader(header, ',', "");
  ASSERT_TRUE(all.ok());
  EXPECT_TRUE(all->Selects(0) && all->Selects(1) && all->Selects(2));
  EXPECT_EQ(all->NameOf(1), "E-post");
  auto some = CsvColumns::FromHeader(header, ',', "Navn,E-post");
  ASSERT_TRUE(some.ok());
  EXPECT_TRUE(some->Selects(0));
  EXPECT_FALSE(some->Selects(2));
  // Cells beyond the header are read whatever was asked: they have no name to leave out by.
  EXPECT_TRUE(some->Selects(3));
  EXPECT_EQ(some->NameOf(3), std::nullopt);
  EXPECT_EQ(all->ContextOf(2), "Beløp: ");
  EXPECT_EQ(all->ContextCodePoints(2), 7u);
  EXPECT_EQ(all->ContextOf(3), "");
  auto missing = CsvColumns::FromHeader(header, ',', "Navn,Telefon");
  EXPECT_EQ(missing.status().message(), "--fields: the CSV header has no column \"Telefon\"");
  // A name that is empty or not valid UTF-8 gives its cells no context.
  ASSERT_TRUE(parser.Parse(",\xFF", ',', header).ok());
  auto unreadable = CsvColumns::FromHeader(header, ',', "");
  ASSERT_TRUE(unreadable.ok());
  EXPECT_EQ(unreadable->ContextOf(0), "");
  EXPECT_EQ(unreadable->ContextOf(1), "");
  auto unnamed = CsvColumns::Unnamed(';');
  ASSERT_TRUE(unnamed.ok());
  EXPECT_TRUE(unnamed->Selects(0));
  EXPECT_EQ(unnamed->NameOf(0), std::nullopt);
  EXPECT_EQ(unnamed->delimiter(), ';');
}

TEST(CsvColumns, FindsTheColumnsOfATranscriptByNameOrNumber) {
  CsvParser parser;
  std::vector<CsvField> header;
  ASSERT_TRUE(parser.Parse("samtale,2,melding", ',', header).ok());
  auto columns = CsvColumns::FromHeader(header, ',', "");
  ASSERT_TRUE(columns.ok());
  EXPECT_EQ(columns->turn_columns(), std::nullopt);
  ASSERT_TRUE(columns->FindTurnColumns("melding", "", "samtale").ok());
  EXPECT_EQ(columns->turn_columns()->message, 2u);
  EXPECT_EQ(columns->turn_columns()->conversation, 0u);
  EXPECT_EQ(columns->turn_columns()->turn, std::nullopt);
  // A number is a column's unless a column has it for its name.
  ASSERT_TRUE(columns->FindTurnColumns("3", "2", "").ok());
  EXPECT_EQ(columns->turn_columns()->message, 2u);
  EXPECT_EQ(columns->turn_columns()->turn, 1u);
  EXPECT_EQ(columns->FindTurnColumns("text", "", "samtale").message(),
            "--text-field (the message's column): the CSV header has no column \"text\"");
  EXPECT_EQ(columns->FindTurnColumns("melding", "", "4").message(),
            "--conversation-field: the CSV header has 3 columns, not 4");
  auto unnamed = CsvColumns::Unnamed(',');
  ASSERT_TRUE(unnamed.ok());
  ASSERT_TRUE(unnamed->FindTurnColumns("5", "", "1").ok());
  EXPECT_EQ(unnamed->turn_columns()->message, 4u);
  EXPECT_EQ(unnamed->FindTurnColumns("melding", "", "1").message(),
            "--text-field (the message's column): \"melding\" is no column number, and without "
            "a header columns have no names");
}

TEST(CsvColumns, SelectsColumnsByNumber) {
  CsvParser parser;
  std::vector<CsvField> header;
  ASSERT_TRUE(parser.Parse("Navn,2,Beløp", ',', header).ok());
  // A number is a column's, 1-based, unless a column has it for its name.
  auto some = CsvColumns::FromHeader(header, ',', "3,2");
  ASSERT_TRUE(some.ok());
  EXPECT_FALSE(some->Selects(0));
  EXPECT_TRUE(some->Selects(1));
  EXPECT_TRUE(some->Selects(2));
  auto named = CsvColumns::FromHeader(header, ',', "2");
  ASSERT_TRUE(named.ok());
  EXPECT_FALSE(named->Selects(0));
  EXPECT_TRUE(named->Selects(1));
  EXPECT_EQ(CsvColumns::FromHeader(header, ',', "4").status().message(),
            "--fields: the CSV header has 3 columns, not 4");
  EXPECT_FALSE(CsvColumns::FromHeader(header, ',', "0").ok());
  EXPECT_FALSE(CsvColumns::FromHeader(header, ',', "+1").ok());
  // Without a header only numbers name columns, and only those are rewritten.
  auto unnamed = CsvColumns::Unnamed(',', "2,4");
  ASSERT_TRUE(unnamed.ok());
  EXPECT_FALSE(unnamed->Selects(0));
  EXPECT_TRUE(unnamed->Selects(1));
  EXPECT_FALSE(unnamed->Selects(2));
  EXPECT_TRUE(unnamed->Selects(3));
  EXPECT_FALSE(unnamed->Selects(4));
  EXPECT_EQ(CsvColumns::Unnamed(',', "Navn").status().message(),
            "--fields: \"Navn\" is no column number, and without a header columns have no names");
}

TEST(CsvColumns, FindsTheColumnThatNamesTheBank) {
  CsvParser parser;
  std::vector<CsvField> header;
  ASSERT_TRUE(parser.Parse("Navn;Clearingnr;Kontonummer;Clearing 2", ';', header).ok());
  auto swedish = CsvColumns::FromHeader(header, ';', "Kontonummer");
  ASSERT_TRUE(swedish.ok());
  ASSERT_TRUE(swedish->bank_code_column().has_value());
  // Read whether or not it is rewritten; the first of two.
  EXPECT_EQ(swedish->bank_code_column()->index, 1u);
  EXPECT_EQ(swedish->bank_code_column()->label, "Clearingnummer: ");
  ASSERT_TRUE(parser.Parse("name,SORT_CODE,account", ',', header).ok());
  auto british = CsvColumns::FromHeader(header, ',', "");
  ASSERT_TRUE(british.ok() && british->bank_code_column().has_value());
  EXPECT_EQ(british->bank_code_column()->index, 1u);
  EXPECT_EQ(british->bank_code_column()->label, "Sort code: ");
  ASSERT_TRUE(parser.Parse("Navn;Reg. nr.;Kontonr.", ';', header).ok());
  auto danish = CsvColumns::FromHeader(header, ';', "");
  ASSERT_TRUE(danish.ok() && danish->bank_code_column().has_value());
  EXPECT_EQ(danish->bank_code_column()->label, "Reg.nr.: ");
  ASSERT_TRUE(parser.Parse("Navn,Kontonummer,Sortering,Region", ',', header).ok());
  auto none = CsvColumns::FromHeader(header, ',', "");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->bank_code_column().has_value());
  EXPECT_FALSE(CsvColumns::Unnamed(',')->bank_code_column().has_value());
}

// The records of `input` read as CSV with `delimiters`, through reads of `step` bytes:
// each record's text, '|' and its terminator.
std::vector<std::string> Records(const std::string& input, const std::string& delimiters,
                                 size_t step,
                                 size_t max_quoted_bytes = LineReader::kMaxQuotedBytes) {
  auto read = testing::ReadCsvRecords(input, delimiters, step, max_quoted_bytes);
  EXPECT_TRUE(read.ok());
  std::vector<std::string> records;
  if (!read.ok()) return records;
  for (const testing::CsvRecord& record : *read) {
    records.push_back(record.text + "|" + record.terminator);
  }
  return records;
}

TEST(LineReaderCsv, ALineBreakInQuotesDoesNotEndTheRecord) {
  const std::string input =
      "id,note\r\n1,\"two\r\nlines, \"\"quoted\"\"\nthree\"\r\n2,5\" skjerm\n3,\"\"\n4,x";
  for (size_t step : {1, 2, 3, 7, 100}) {
    EXPECT_THAT(Records(input, ",", step),
                ElementsAre("id,note|\r\n", "1,\"two\r\nlines, \"\"quoted\"\"\nthree\"|\r\n",
                            "2,5\" skjerm|\n", "3,\"\"|\n", "4,x|"))
        << "step " << step;
  }
}

TEST(LineReaderCsv, AQuoteAfterAByteOrderMarkOpensTheFirstField) {
  for (size_t step : {1, 2, 5}) {
    EXPECT_THAT(Records("\xEF\xBB\xBF\"Navn\nfull\",x\nKari,1\n", ",", step),
                ElementsAre("\xEF\xBB\xBF\"Navn\nfull\",x|\n", "Kari,1|\n"))
        << "step " << step;
  }
}

TEST(LineReaderCsv, AQuoteOpensAFieldOnlyAfterADelimiter) {
  EXPECT_THAT(Records("a;\"b\nc\"\nd\n", ";", 4), ElementsAre("a;\"b\nc\"|\n", "d|\n"));
  // With ',' the delimiter, the quote after ';' is inside an unquoted field.
  EXPECT_THAT(Records("a;\"b\nc\"\nd\n", ",", 4), ElementsAre("a;\"b|\n", "c\"|\n", "d|\n"));
}

// A quote never closed holds no line break: it costs its own line, not the rest of the
// input (regression: every record after a stray quote was one bad record, held in memory
// whole, and lost with --on-error skip).
TEST(LineReaderCsv, AStrayQuoteEndsItsRecordAtTheLineBreak) {
  for (size_t step : {1, 2, 3, 7, 100}) {
    EXPECT_THAT(Records("a,\"b\r\nc\nd", ",", step), ElementsAre("a,\"b|\r\n", "c|\n", "d|"))
        << "step " << step;
    // A quote open over more than the limit ends at its first line break too; one that
    // closes within it is a field.
    EXPECT_THAT(
        Records("1,\"x\ny\"\n2,\"open\n3,ok\n4,more text here\n5,z\n", ",", step, 12),
        ElementsAre("1,\"x\ny\"|\n", "2,\"open|\n", "3,ok|\n", "4,more text here|\n", "5,z|\n"))
        << "step " << step;
  }
  // No line break after it: the rest is its record.
  EXPECT_THAT(Records("a,\"b c", ",", 3), ElementsAre("a,\"b c|"));
}

}  // namespace
}  // namespace sladd
