import CopydeskCore

/// `--shard i/n`: this run lints the i-th of n disjoint parts of the inputs, so CI matrix
/// jobs each take a share of a large repository and `copydesk merge` combines their reports.
///
/// A file's part depends only on its path (as discovered, so give every job the same
/// arguments from the same folder): adding or removing other files never moves it.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) throws(PipelineError) {
        guard count >= 1, (1...count).contains(index) else {
            throw PipelineError("--shard \(index)/\(count): expected i/n with 1 <= i <= n")
        }
        self.index = index
        self.count = count
    }

    /// Parses `i/n`.
    public init(parsing text: String) throws(PipelineError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw PipelineError("--shard \(text): expected i/n, such as 1/4")
        }
        try self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether this shard lints `path`; standard input belongs to the first shard.
    public func admits(_ path: String) -> Bool {
        if path == "-" { return index == 1 }
        return Int(ContentHash.of(Array(path.utf8)).0 % UInt64(count)) == index - 1
    }
}
