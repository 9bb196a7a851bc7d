namespace Gongkai.Domain.Audit;

/// <summary>The unit written after a figure (计量单位).</summary>
public enum FigureUnit
{
    /// <summary>No unit written.</summary>
    None,

    /// <summary>件 — requests, documents, cases.</summary>
    Jian,

    /// <summary>条 — items of information.</summary>
    Tiao,

    /// <summary>次 — times (press conferences, interviews).</summary>
    Ci,

    /// <summary>人 — persons.</summary>
    Ren,

    /// <summary>人次 — person-times (visitors, trainees).</summary>
    RenCi,

    /// <summary>个 — general count (institutions, points).</summary>
    Ge,

    /// <summary>项 — items, matters.</summary>
    Xiang,

    /// <summary>篇 — articles (解读稿件).</summary>
    Pian,

    /// <summary>场 / 场次 — sessions.</summary>
    Chang,

    /// <summary>例 — cases (复议/诉讼 in narrative text).</summary>
    Li,

    /// <summary>家 / 户 / 名 / 份 / 期 / 页 and other counters; <see cref="Figure.UnitText"/> keeps the character.</summary>
    OtherCounter,

    /// <summary>元 — yuan.</summary>
    Yuan,

    /// <summary>万元 — 10 000 yuan, the unit of fee and budget rows.</summary>
    WanYuan,

    /// <summary>亿元 — 100 000 000 yuan.</summary>
    YiYuan,

    /// <summary>% — a percentage; the value is the printed number (12.5 for "12.5%").</summary>
    Percent,
}
