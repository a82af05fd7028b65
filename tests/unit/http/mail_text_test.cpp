// The text Motus hands an SMTP relay after DATA: headers, CRLF line ends, dot-stuffing, and no
// way to slip a header in through an address or the subject.
#include <gtest/gtest.h>

#include "http/smtp_client.hpp"

namespace motus::http {
namespace {

const MailRelay kRelay{"127.0.0.1", 25, "motus@clinic.example"};

TEST(MailText, HeadersThenTheBodyWithCrlfAndDotStuffing) {
  const auto text =
      mail_text(kRelay, {"ada@example.com", "Reset your password", "Hello\n.hidden\nend"}, 0,
                "id-1@clinic.example");
  EXPECT_EQ(text.rfind("From: Motus <motus@clinic.example>\r\nTo: <ada@example.com>\r\n"
                       "Subject: Reset your password\r\nDate: Thu, 01 Jan 1970 00:00:00 +0000\r\n"
                       "Message-ID: <id-1@clinic.example>\r\n",
                       0),
            0u)
      << text;
  EXPECT_NE(text.find("Content-Type: text/plain; charset=utf-8\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\n\r\nHello\r\n..hidden\r\nend\r\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("\n.hidden"), std::string::npos) << "a lone dot line would end DATA early";
}

TEST(MailText, ASubjectBeyondAsciiTravelsAsOneEncodedWord) {
  const auto text = mail_text(kRelay, {"ada@example.com", "Cambia tu contraseña de Motus", "Hola"},
                              0, "id-2@clinic.example");
  // RFC 2047: =?UTF-8?B?<base64 of the UTF-8 bytes>?=; the body stays 8-bit UTF-8.
  EXPECT_NE(text.find("\r\nSubject: =?UTF-8?B?Q2FtYmlhIHR1IGNvbnRyYXNlw7FhIGRlIE1vdHVz?=\r\n"),
            std::string::npos)
      << text;
  for (std::size_t i = 0; i < text.find("\r\n\r\n"); ++i) {
    EXPECT_LT(static_cast<unsigned char>(text[i]), 0x80) << "headers are ASCII";
  }
}

TEST(MailText, ALineBreakInAnAddressOrTheSubjectIsRefused) {
  EXPECT_THROW(mail_text(kRelay, {"a@example.com\r\nBcc: x@evil.example", "s", "b"}, 0, "i"),
               MailError);
  EXPECT_THROW(mail_text(kRelay, {"a@example.com", "s\nBcc: x@evil.example", "b"}, 0, "i"),
               MailError);
  MailRelay bad = kRelay;
  bad.from = "m@c.example\r\nX: y";
  EXPECT_THROW(mail_text(bad, {"a@example.com", "s", "b"}, 0, "i"), MailError);
}

}  // namespace
}  // namespace motus::http
