extension Spec {
    /// The spec with where it (and its course's language definitions) was read from blanked,
    /// down to the file named in each requirement's and test's location: what it says, which
    /// is what a cache key or a merge of shards graded in different checkouts must compare.
    public var content: Spec {
        var content = self
        content.path = ""
        content.baseDirectory = ""
        for index in content.courseLanguages.indices { content.courseLanguages[index].origin = nil }
        for index in content.requirements.indices { content.requirements[index].location.path = "" }
        for index in content.tests.indices { content.tests[index].location.path = "" }
        return content
    }
}
