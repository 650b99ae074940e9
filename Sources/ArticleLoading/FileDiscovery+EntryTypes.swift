import Foundation

extension FileDiscovery {
    enum EntryType {
        case file
        case folder
    }

    /// A folder's entry: its name, and its type when `readdir` says it (nil: a link or anything
    /// else, for `stat`).
    struct Entry {
        var name: String
        var type: EntryType?
    }

    /// A folder's entries as `FileManager.contentsOfDirectory` names them, sorted by name, each
    /// with its `EntryTypes` type, read in one pass of `readdir`: the listing and the types each
    /// read the folder, and every name was hashed into a dictionary and looked up again. Nil
    /// when the answer might differ (a folder that cannot be searched or read, a name that is
    /// not UTF-8 or equals another as Swift strings, an error while reading): the two readings then.
    static func entries(of folder: String) -> [Entry]? {
        guard access(folder, X_OK) == 0, let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return nil }
                break
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                    String(validatingCString: $0)
                }
            }
            guard let name else { return nil }
            if name == "." || name == ".." { continue }
            let type: EntryType? =
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): .file
                case Int32(DT_DIR): .folder
                default: nil
                }
            entries.append(Entry(name: name, type: type))
        }
        entries.sort { $0.name < $1.name }
        // Names equal as Swift strings sort next to each other.
        for index in entries.indices.dropFirst() where entries[index - 1].name == entries[index].name { return nil }
        return entries
    }

    /// What a folder's entries are, as `readdir` says, so a walk need not `stat` each one.
    struct EntryTypes {
        /// Every entry by name: its type, or nil for a link or anything else, and for a name
        /// that equals another as Swift strings.
        private var types: [String: EntryType?] = [:]

        /// Regular files and folders only (links and anything else are left out, for `stat`),
        /// and nothing when the folder cannot be searched (`stat` would fail there). Names that
        /// are not UTF-8, or equal another name as Swift strings (`é`, `e` + accent), are left out.
        init(of folder: String) {
            guard access(folder, X_OK) == 0, let directory = opendir(folder) else { return }
            defer { closedir(directory) }
            var ambiguous: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                        String(validatingCString: $0)
                    }
                }
                guard let name else { continue }
                let type: EntryType? =
                    switch Int32(entry.pointee.d_type) {
                    case Int32(DT_REG): .file
                    case Int32(DT_DIR): .folder
                    default: nil
                    }
                // One lookup a name: a name seen before is ambiguous.
                if types.updateValue(type, forKey: name) != nil { ambiguous.append(name) }
            }
            for name in ambiguous { types[name] = .some(nil) }
        }

        /// The type of the entry whose name is `name`, byte for byte; nil when not known.
        subscript(name: String) -> EntryType? {
            guard let index = types.index(forKey: name), Self.sameBytes(types[index].key, name) else { return nil }
            return types[index].value
        }

        /// Whether two strings hold the same UTF-8 bytes (`utf8.elementsEqual`, compared in place).
        private static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
            var lhs = lhs
            var rhs = rhs
            return lhs.withUTF8 { left in
                rhs.withUTF8 { right in
                    left.count == right.count
                        && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
                }
            }
        }
    }
}
