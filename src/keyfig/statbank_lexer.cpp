// The StatBank CSV record lexer: ';' separators, optional quotes (RFC 4180 style, which StatBank
// does not use today but spreadsheet round trips add), any of CRLF/LF/CR, a leading BOM.

#include <cstdio>

#include "keyfig/statbank_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"

namespace rorkit::statbank_detail {
namespace {

bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }
bool is_break(char c) noexcept { return c == '\n' || c == '\r'; }

// Length of the UTF-8 sequence a lead byte announces (1 for anything that is not a lead byte).
std::size_t announced_length(unsigned char c) noexcept {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::int64_t column_of(const Location& loc) noexcept {
  std::int64_t column = 1;
  for (const char* c = loc.line_start; c < loc.at; ++c)
    if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80) ++column;
  return column;
}

std::string where(const std::string& source, const Location& loc) {
  return source + ": line " + std::to_string(loc.line) + ", column " +
         std::to_string(column_of(loc));
}

std::string shown_token(std::string_view token) {
  constexpr std::size_t kMax = 40;
  std::string out = "\"";
  std::size_t chars = 0;
  for (std::size_t i = 0; i < token.size(); ++i) {
    auto c = static_cast<unsigned char>(token[i]);
    if ((c & 0xC0) != 0x80 && ++chars > kMax) {
      out += "...";
      break;
    }
    if (c < 0x20 || c == 0x7F || c == '"' || c == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(c));
      out += (c == '"' || c == '\\') ? std::string{'\\', static_cast<char>(c)} : std::string(buf);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

Lexer::Lexer(std::string_view text, const std::string& source)
    : p_(text.data()), end_of_text_(text.data() + text.size()), line_start_(text.data()),
      source_(source) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    p_ += 3;
    line_start_ = p_;  // an editor shows the BOM as nothing, so columns start after it
  }
}

std::string_view Lexer::unescape(std::string_view raw, std::size_t field) {
  while (scratch_.size() <= field) scratch_.emplace_back();
  std::string& out = scratch_[field];
  out.clear();
  for (std::size_t i = 0; i < raw.size(); ++i) {
    out += raw[i];
    if (raw[i] == '"') ++i;  // "" stands for one quote
  }
  return out;
}

bool Lexer::next(std::vector<Field>& fields) {
  fields.clear();
  if (p_ >= end_of_text_) return false;
  const char* const end = end_of_text_;
  for (;;) {
    while (p_ < end && is_blank(*p_)) ++p_;
    Field f;
    f.loc = Location{line_, line_start_, p_};
    if (p_ < end && *p_ == '"') {
      f.quoted = true;
      const Location opening = f.loc;
      const char* begin = ++p_;
      bool escapes = false;
      for (;;) {
        if (p_ >= end)
          fail(RORKIT_ERROR_PARSE, where(source_, opening) + ": the quote is never closed");
        if (*p_ == '"') {
          if (p_ + 1 < end && p_[1] == '"') {
            escapes = true;
            p_ += 2;
            continue;
          }
          break;
        }
        if (is_break(*p_)) {  // a line break inside quotes belongs to the field
          if (*p_ == '\r' && p_ + 1 < end && p_[1] == '\n') ++p_;
          ++p_;
          ++line_;
          line_start_ = p_;
          continue;
        }
        ++p_;
      }
      std::string_view raw(begin, static_cast<std::size_t>(p_ - begin));
      ++p_;  // the closing quote
      f.text = escapes ? unescape(raw, fields.size()) : raw;
      while (p_ < end && is_blank(*p_)) ++p_;
      if (p_ < end && *p_ != ';' && !is_break(*p_))
        fail(RORKIT_ERROR_PARSE, where(source_, Location{line_, line_start_, p_}) +
                                     ": text after the closing quote of a field");
    } else {
      const char* begin = p_;
      while (p_ < end && *p_ != ';' && !is_break(*p_)) ++p_;
      const char* last = p_;
      while (last > begin && is_blank(last[-1])) --last;
      f.text = std::string_view(begin, static_cast<std::size_t>(last - begin));
    }
    fields.push_back(f);
    if (p_ < end && *p_ == ';') {
      ++p_;
      continue;
    }
    end_ = Location{line_, line_start_, p_};
    if (p_ < end) {  // a line break
      if (*p_ == '\r' && p_ + 1 < end && p_[1] == '\n') ++p_;
      ++p_;
      ++line_;
      line_start_ = p_;
    }
    return true;
  }
}

void require_utf8_text(std::string_view text, const std::string& source) {
  if (is_valid_utf8(text)) return;
  std::size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // as the lexer counts
  const char* line_start = text.data() + i;
  std::int64_t line = 1;
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      line_start = text.data() + i;
      continue;
    }
    std::size_t n = announced_length(static_cast<unsigned char>(c));
    if (!is_valid_utf8(text.substr(i, n))) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X",
                    static_cast<unsigned>(static_cast<unsigned char>(c)));
      fail(RORKIT_ERROR_INVALID_UTF8,
           where(source, Location{line, line_start, text.data() + i}) + ": byte " + byte +
               " is not UTF-8 (StatBank's API sends UTF-8; save the file as UTF-8, not Latin-1)");
    }
    i += n;
  }
  // is_valid_utf8 and the walk above disagree only if the core validator changes its rules.
  fail(RORKIT_ERROR_INVALID_UTF8, source + ": the text is not UTF-8");
}

}  // namespace rorkit::statbank_detail
