/// The part of SARIF 2.1.0 copydesk writes, as `Encodable` values (nil properties are left out).
enum SARIF {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let version = "2.1.0"

    struct Log: Encodable {
        var schema = SARIF.schema
        var version = SARIF.version
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var columnKind = "unicodeCodePoints"
        var results: [Result]
        var properties: PropertyBag?
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String?
        var shortDescription: Text
        var fullDescription: Text?
        var help: Text
        var helpUri: String?
        var defaultConfiguration: Configuration
        var properties: PropertyBag?
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Text: Encodable {
        var text: String
        var markdown: String?
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Text
        var locations: [Location]?
        var descriptor: DescriptorReference?
    }

    struct DescriptorReference: Encodable {
        var id: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]?
        var properties: PropertyBag?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Text?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var endLine: Int?
        var endColumn: Int?
        var snippet: Text?
    }

    struct PropertyBag: Encodable {
        var tags: [String]?
        var category: String?
        var section: String?
        var suggestions: [String]?
        var policy: String?
    }
}
