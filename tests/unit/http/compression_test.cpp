#include "http/compression.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

namespace motus::http {
namespace {

std::string gunzip(const std::string& data) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

TEST(Compression, AcceptEncodingIsReadWithItsQValues) {
  EXPECT_TRUE(accepts_encoding("gzip, deflate, br, zstd", "br"));
  EXPECT_TRUE(accepts_encoding("gzip, deflate, br", "gzip"));
  EXPECT_TRUE(accepts_encoding("GZIP", "gzip"));
  EXPECT_TRUE(accepts_encoding("br;q=0.5, gzip;q=1.0", "gzip"));
  EXPECT_FALSE(accepts_encoding("gzip;q=0, br", "gzip"));
  EXPECT_FALSE(accepts_encoding("gzip; q=0.000", "gzip"));
  EXPECT_FALSE(accepts_encoding("", "gzip"));
  EXPECT_FALSE(accepts_encoding("identity", "br"));
  EXPECT_TRUE(accepts_encoding("*", "br"));
  EXPECT_FALSE(accepts_encoding("*, br;q=0", "br"));
  EXPECT_FALSE(accepts_encoding("gzip;q=abc", "gzip"));
}

TEST(Compression, GzipRoundTripsAndShrinksJson) {
  std::string json = "{\"exercises\": [";
  for (int i = 0; i < 200; ++i) json += "{\"id\": \"bridge\", \"sets\": 2, \"reps\": 10},";
  json += "{}]}";
  const auto packed = gzip(json);
  EXPECT_LT(packed.size() * 5, json.size());
  EXPECT_EQ(static_cast<unsigned char>(packed[0]), 0x1f);
  EXPECT_EQ(static_cast<unsigned char>(packed[1]), 0x8b);
  EXPECT_EQ(gunzip(packed), json);
  EXPECT_EQ(gunzip(gzip("")), "");
}

}  // namespace
}  // namespace motus::http
