import CopydeskCore
import Yams

/// What one policy file says, before `extends` is resolved: its parents and its edits.
///
/// Edits are applied in order onto the merged parents, so a child overrides its parents key
/// by key, concatenates lexicon edits, and replaces a parent's custom rule of the same id.
struct PolicyLayer {
    struct Extends {
        var target: String
        var node: Node
        var keyPath: String
    }

    /// A rule named under `checks.<group>.rules`, checked against the known rule ids once merged.
    struct RuleReference {
        var groupKey: String
        var category: Category
        var name: String
        var node: Node
        var keyPath: String
    }

    /// A lexicon named under `checks.<group>.add` or `remove`.
    struct LexiconReference {
        var groupKey: String
        var name: String
        var node: Node
        var keyPath: String
    }

    var path: String
    var name: String?
    var extends: [Extends] = []
    var edits: [(inout Policy) -> Void] = []
    var ruleReferences: [RuleReference] = []
    var lexiconReferences: [LexiconReference] = []
    var warnings: [PolicyDiagnostic] = []

    init(path: String) {
        self.path = path
    }

    func apply(to policy: inout Policy) {
        for edit in edits { edit(&policy) }
    }
}
