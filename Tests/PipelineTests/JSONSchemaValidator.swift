import Foundation

/// The part of JSON Schema (2020-12) that reports/copydesk-report.schema.json uses: type,
/// properties, required, additionalProperties, propertyNames, items, enum, const, minimum,
/// minLength, pattern and local `$ref`. Enough to hold real output to the published schema.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(schemaAt path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// Every violation as `path: problem`.
    func violations(of json: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
        var problems: [String] = []
        check(value, against: root, at: "$", into: &problems)
        return problems
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/") else { return schema }
        var node: Any = root
        for part in ref.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)] as Any
        }
        return resolve(node as? [String: Any] ?? [:])
    }

    private func check(_ value: Any, against rawSchema: [String: Any], at path: String, into problems: inout [String]) {
        let schema = resolve(rawSchema)
        if let type = schema["type"] as? String, !Self.matches(value, type: type) {
            problems.append("\(path): expected \(type)")
            return
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value) not in enum")
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            problems.append("\(path): expected \(constant)")
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? Double, number < minimum {
            problems.append("\(path): below minimum \(minimum)")
        }
        if let string = value as? String {
            if let minLength = schema["minLength"] as? Int, string.count < minLength {
                problems.append("\(path): shorter than \(minLength)")
            }
            if let pattern = schema["pattern"] as? String,
                string.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(path): '\(string)' does not match \(pattern)")
            }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object {
                if let names = schema["propertyNames"] as? [String: Any] {
                    check(key, against: names, at: "\(path).\(key)<name>", into: &problems)
                }
                if let propertySchema = properties[key] as? [String: Any] {
                    check(member, against: propertySchema, at: "\(path).\(key)", into: &problems)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    check(member, against: additional, at: "\(path).\(key)", into: &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                check(item, against: items, at: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "integer":
            guard !isBool(value), let number = value as? NSNumber else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return !isBool(value) && value is NSNumber
        case "null": return value is NSNull
        default: return true
        }
    }

    /// JSONSerialization hands booleans back as `Bool` or as an NSNumber of ObjC type `c`.
    private static func isBool(_ value: Any) -> Bool {
        if type(of: value) == Bool.self { return true }
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case (let a as String, let b as String): return a == b
        case (let a as NSNumber, let b as NSNumber): return a == b
        default: return false
        }
    }
}
