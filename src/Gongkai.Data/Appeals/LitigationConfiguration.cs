using Gongkai.Domain.Agencies;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Appeals;

internal sealed class LitigationConfiguration : IEntityTypeConfiguration<Litigation>
{
    public void Configure(EntityTypeBuilder<Litigation> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.CaseNumber).HasMaxLength(100);
        builder.Property(l => l.Route).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.CorrectionReason).HasMaxLength(1000);
        builder.Property(l => l.RegisteredBy).HasMaxLength(100);
        builder.Property(l => l.DecisionRecordedBy).HasMaxLength(100);
        builder.HasOne<Agency>().WithMany().HasForeignKey(l => l.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Reconsideration>().WithMany().HasForeignKey(l => l.ReconsiderationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.AgencyId, l.FiledOn });
        builder.Ignore(l => l.IsDecided);
        builder.OwnsMany(l => l.Stages, s =>
        {
            s.ToJson("Stages");
            s.Property(x => x.Name).HasJsonPropertyName("name");
            s.Property(x => x.On).HasJsonPropertyName("on");
            s.Property(x => x.Note).HasJsonPropertyName("note");
            s.Property(x => x.RecordedBy).HasJsonPropertyName("recordedBy");
            s.Property(x => x.RecordedAtUtc).HasJsonPropertyName("recordedAtUtc");
        });
        builder.Navigation(l => l.Stages).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
