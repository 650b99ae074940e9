import Foundation

extension FileDiscovery {
    enum EntryType {
        case file
        case folder
    }

    /// What a folder's entries are, as `readdir` says, so a walk need not `stat` each one.
    struct EntryTypes {
        private var types: [String: EntryType] = [:]

        /// Regular files and folders only (links and anything else are left out, for `stat`),
        /// and nothing when the folder cannot be searched (`stat` would fail there). Names that
        /// are not UTF-8, or equal another name as Swift strings (`é`, `e` + accent), are left out.
        init(of folder: String) {
            guard access(folder, X_OK) == 0, let directory = opendir(folder) else { return }
            defer { closedir(directory) }
            var seen = Set<String>()
            var ambiguous: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                        String(validatingCString: $0)
                    }
                }
                guard let name else { continue }
                guard seen.insert(name).inserted else {
                    ambiguous.append(name)
                    continue
                }
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): types[name] = .file
                case Int32(DT_DIR): types[name] = .folder
                default: break
                }
            }
            for name in ambiguous { types[name] = nil }
        }

        /// The type of the entry whose name is `name`, byte for byte; nil when not known.
        subscript(name: String) -> EntryType? {
            guard let index = types.index(forKey: name), types[index].key.utf8.elementsEqual(name.utf8) else {
                return nil
            }
            return types[index].value
        }
    }
}
