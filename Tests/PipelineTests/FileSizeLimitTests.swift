import Pipeline
import Testing

@Test(arguments: [
    ("50", 50_000_000), ("200MB", 200_000_000), ("200 mb", 200_000_000), ("1.5GB", 1_500_000_000),
    ("800kB", 800_000), ("800k", 800_000), ("64MiB", 67_108_864), ("2 GiB", 2_147_483_648), ("1000000B", 1_000_000),
    ("0.5", 500_000), ("1b", 1),
])
func fileSizeLimitsParse(text: String, bytes: Int) {
    #expect(FileSizeLimit(text)?.bytes == bytes)
}

@Test(arguments: ["", "0", "-3", "MB", "200X", "1..5MB", "0.1B", "nan", "1e400", "1 2 3 4 5 6 7 8 9 GB GB"])
func fileSizeLimitsRefuseWhatIsNotASize(text: String) {
    #expect(FileSizeLimit(text) == nil)
}
