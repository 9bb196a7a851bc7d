using System.Text.Json;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.AnnualReports;

internal sealed class AnnualStatisticConfiguration : IEntityTypeConfiguration<AnnualStatistic>
{
    private static readonly ValueComparer<IReadOnlyList<string>> PathComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        p => p.Aggregate(0, (hash, label) => HashCode.Combine(hash, label)),
        p => p.ToArray());

    public void Configure(EntityTypeBuilder<AnnualStatistic> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Table).HasMaxLength(20);
        builder.Property(s => s.RowPath).HasConversion(p => Serialize(p), json => Deserialize(json), PathComparer).HasMaxLength(1000);
        builder.Property(s => s.ColumnPath).HasConversion(p => Serialize(p), json => Deserialize(json), PathComparer).HasMaxLength(500);
        builder.Property(s => s.Value).HasPrecision(18, 4);
        builder.Property(s => s.Source).HasMaxLength(500);
        builder.Property(s => s.RecordedBy).HasMaxLength(100);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.AgencyId, s.Year });
        builder.Ignore(s => s.Cell);
    }

    private static string Serialize(IReadOnlyList<string> path) => JsonSerializer.Serialize(path);

    private static IReadOnlyList<string> Deserialize(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
