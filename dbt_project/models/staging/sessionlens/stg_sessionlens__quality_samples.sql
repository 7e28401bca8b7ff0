with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    media,
    direction,
    peer_user_id,
    jitter_ms,
    rtt_ms,
    bitrate_kbps,
    packet_loss_pct,
    width,
    height,
    fps
from events
where event_type = 'quality_sample'
