import CopydeskCore

extension ArticleLoader {
    /// The bytes of the file at `path` (`-` reads standard input), with the same errors as
    /// `load(path:)`; for callers that look at the bytes first (the pipeline's cache).
    public func read(path: String) throws(LoadError) -> [UInt8] {
        try fileReader.read(path)
    }
}
