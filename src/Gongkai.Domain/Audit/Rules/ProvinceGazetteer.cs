using System.Text.RegularExpressions;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// Which province a place name belongs to, for telling another province's newspaper, rules or website cited as one's
/// own (issue 14 item 6, <see cref="AuditRuleIds.CopiedFromOtherAgency"/>). Source: 民政部 中华人民共和国行政区划
/// (xzqh.mca.gov.cn, 县级以上行政区划) as of 2023, from public knowledge.
/// <para>
/// All 34 provincial-level divisions are named, by full name ("青海省", "广西壮族自治区") and short name ("青海",
/// "广西"); the one-character 简称 (青, 黔, 浙) are not matched: they occur in too many ordinary words. The
/// prefecture-level divisions (地级市, 自治州, 地区, 盟) are listed completely for these provinces only: 青海, 贵州, 浙江,
/// 福建, 内蒙古, 广东, 江苏, 西藏, 新疆 (without the 兵团 cities), 宁夏, 海南. A place of any other province is known only when
/// its province is named; otherwise its province is unknown (null), and no finding is made.
/// </para>
/// Stems that are words or another name are listed only with their suffix: 海南藏族自治州 / 海南州 (not 海南, the
/// province), 阿里地区 (not 阿里), 中山市 (not 中山).
/// </summary>
internal static class ProvinceGazetteer
{
    /// <summary>Province short name → its full name.</summary>
    private static readonly (string Short, string Full)[] Provinces =
    [
        ("北京", "北京市"), ("天津", "天津市"), ("上海", "上海市"), ("重庆", "重庆市"),
        ("河北", "河北省"), ("山西", "山西省"), ("辽宁", "辽宁省"), ("吉林", "吉林省"), ("黑龙江", "黑龙江省"),
        ("江苏", "江苏省"), ("浙江", "浙江省"), ("安徽", "安徽省"), ("福建", "福建省"), ("江西", "江西省"), ("山东", "山东省"),
        ("河南", "河南省"), ("湖北", "湖北省"), ("湖南", "湖南省"), ("广东", "广东省"), ("海南", "海南省"),
        ("四川", "四川省"), ("贵州", "贵州省"), ("云南", "云南省"), ("陕西", "陕西省"), ("甘肃", "甘肃省"), ("青海", "青海省"),
        ("台湾", "台湾省"), ("内蒙古", "内蒙古自治区"), ("广西", "广西壮族自治区"), ("西藏", "西藏自治区"),
        ("宁夏", "宁夏回族自治区"), ("新疆", "新疆维吾尔自治区"), ("香港", "香港特别行政区"), ("澳门", "澳门特别行政区"),
    ];

    /// <summary>Prefecture-level names (stem, or the full name where the stem is a word or another name) → province.</summary>
    private static readonly (string Province, string[] Places)[] Prefectures =
    [
        ("青海", ["西宁", "海东", "海北藏族自治州", "海北州", "黄南藏族自治州", "黄南州", "海南藏族自治州", "海南州",
            "果洛藏族自治州", "果洛", "玉树藏族自治州", "玉树", "海西蒙古族藏族自治州", "海西州"]),
        ("贵州", ["贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁", "黔西南布依族苗族自治州", "黔西南", "黔东南苗族侗族自治州", "黔东南",
            "黔南布依族苗族自治州", "黔南"]),
        ("浙江", ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"]),
        ("福建", ["福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德"]),
        ("内蒙古", ["呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布", "兴安盟",
            "锡林郭勒", "阿拉善"]),
        ("广东", ["广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州", "汕尾", "河源",
            "阳江", "清远", "东莞", "中山市", "潮州", "揭阳", "云浮"]),
        ("江苏", ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"]),
        ("西藏", ["拉萨", "日喀则", "昌都", "林芝", "山南", "那曲", "阿里地区"]),
        ("新疆", ["乌鲁木齐", "克拉玛依", "吐鲁番", "哈密", "昌吉", "博尔塔拉", "巴音郭楞", "阿克苏", "克孜勒苏", "喀什", "和田",
            "伊犁", "塔城", "阿勒泰"]),
        ("宁夏", ["银川", "石嘴山", "吴忠", "固原", "中卫"]),
        ("海南", ["海口", "三亚", "三沙", "儋州"]),
    ];

    private static readonly Dictionary<string, string> ProvinceOf = Build();

    /// <summary>
    /// Every name, longest first, so that the leftmost longest name wins ("海南藏族自治州" over "海南", "上海" in
    /// "上海南京路" before "海南"). A short province name followed by 区/县/路/街 is a district or a street
    /// (天津 河北区), not the province.
    /// </summary>
    private static readonly Regex Names = new(
        string.Join("|", ProvinceOf.Keys.OrderByDescending(k => k.Length).Select(k =>
            Regex.Escape(k) + (Provinces.Any(p => p.Short == k) ? "(?![区县路街])" : string.Empty))),
        RegexOptions.CultureInvariant);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (shortName, full) in Provinces)
        {
            map[shortName] = shortName;
            map[full] = shortName;
        }

        foreach (var (province, places) in Prefectures)
        {
            foreach (var place in places)
            {
                map[place] = province;
            }
        }

        return map;
    }

    /// <summary>The places named in <paramref name="text"/>, each with its province's short name and where it ends.</summary>
    public static IEnumerable<(string Name, string Province, int End)> Named(string text)
    {
        foreach (Match m in Names.Matches(text))
        {
            yield return (m.Value, ProvinceOf[m.Value], m.Index + m.Length);
        }
    }

    /// <summary>The one province an agency's name places it in ("海东市乐都区人民政府" → 青海), or null when it names none or two.</summary>
    public static string? ProvinceOfAgency(string agency)
    {
        var provinces = Named(agency).Select(n => n.Province).Distinct(StringComparer.Ordinal).ToArray();
        return provinces.Length == 1 ? provinces[0] : null;
    }
}
