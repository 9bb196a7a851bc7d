namespace Gongkai.Domain.Audit;

/// <summary>
/// What a cell or a figure in the text holds. Reports distinguish "nothing written" from the markers officers
/// type for "none" or "not applicable"; consistency rules need the difference (a blank where 0 is required is a
/// defect, "/" in a cell that cannot apply is not).
/// </summary>
public enum FigureKind
{
    /// <summary>A number: "48", "2.46万件", "四十八", "12.5%". <see cref="Figure.Value"/> is set.</summary>
    Number,

    /// <summary>Nothing written (empty or whitespace). Not the same as 0.</summary>
    Blank,

    /// <summary>"/" (or "／", "\"): explicitly left blank, usually "not applicable".</summary>
    Slash,

    /// <summary>"—", "-", "－", "——": explicitly left blank.</summary>
    Dash,

    /// <summary>"无" / "暂无" / "没有": explicitly none; <see cref="Figure.Value"/> is 0.</summary>
    NoneWord,

    /// <summary>Some other text that is not a figure ("见附件", "详见正文").</summary>
    Text,
}
