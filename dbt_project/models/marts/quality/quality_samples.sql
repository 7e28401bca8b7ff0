{{ config(unique_key=['partner_id', 'session_id']) }}

with quality_samples as (

    select * from {{ ref('stg_sessionlens__quality_samples') }} {{ where_affected('sessions') }}

),

user_contexts as (

    select * from {{ ref('int_user_session_contexts_resolved') }} {{ where_affected('sessions') }}

),

final as (

    select
        quality_samples.partner_id,
        quality_samples.session_id,
        quality_samples.event_id,
        quality_samples.event_at as sampled_at,
        quality_samples.user_id,
        -- A send sample is reported by its sender; a receive sample by its receiver
        -- about the peer it receives.
        case
            when quality_samples.direction = 'send' then quality_samples.user_id
            else quality_samples.peer_user_id
        end as sender_user_id,
        case
            when quality_samples.direction = 'receive' then quality_samples.user_id
        end as receiver_user_id,
        upper(quality_samples.media) as media,
        upper(quality_samples.direction) as direction,
        quality_samples.jitter_ms,
        quality_samples.rtt_ms,
        quality_samples.bitrate_kbps,
        quality_samples.packet_loss_pct,
        quality_samples.fps,
        quality_samples.width,
        quality_samples.height,
        case
            when quality_samples.jitter_ms <= 30
                and quality_samples.rtt_ms <= 300
                and quality_samples.packet_loss_pct <= 5
                then 'GOOD'
            when quality_samples.jitter_ms > 60
                or quality_samples.rtt_ms > 600
                or quality_samples.packet_loss_pct > 10
                then 'POOR'
            else 'MODERATE'
        end as category,
        user_contexts.country,
        user_contexts.platform,
        user_contexts.browser

    from quality_samples
    left join user_contexts
        on quality_samples.partner_id = user_contexts.partner_id
        and quality_samples.session_id = user_contexts.session_id
        and quality_samples.user_id = user_contexts.user_id

)

select * from final
