namespace Gongkai.Web.Pages;

/// <summary>Page numbers under a list: totals and how to link to page n.</summary>
public sealed record PagerModel(int Total, int Page, int PageCount, Func<int, string> Link);
