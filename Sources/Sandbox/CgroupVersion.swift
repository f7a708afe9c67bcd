/// Which cgroup hierarchy per-run groups are created in.
public enum CgroupVersion: String, Sendable, Hashable, Codable {
    case v1, v2, none
}
