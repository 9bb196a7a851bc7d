namespace Gongkai.Domain.Agencies;

/// <summary>What kind of 行政机关 an agency is; decides its annual-report deadline (条例 第四十九条). Persisted as strings.</summary>
public enum AgencyKind
{
    /// <summary>人民政府 (county level and above): publishes its own report by 31 March.</summary>
    Government,

    /// <summary>政府部门 (or its 办公室/办公厅): reports by 31 January to the government's disclosure office.</summary>
    Department,

    /// <summary>乡镇人民政府 / 街道办事处: deadline set locally (第四十九条 does not name them).</summary>
    Township,
}
