namespace Gongkai.Domain.Notices;

/// <summary>The built-in wording of a notice kind: its title, the article it rests on, and its body with placeholders.</summary>
/// <param name="Title">The notice's title, e.g. 政府信息公开申请补正告知书.</param>
/// <param name="Article">The article of the Regulation (or the document) the notice rests on.</param>
/// <param name="Body">Lines separated by '\n'; the first is the addressee ("{申请人}：").</param>
public sealed record NoticeWording(string Title, string Article, string Body);
