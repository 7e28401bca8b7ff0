const As="sessionlens.apiKey";function po(){return sessionStorage.getItem(As)}function ho(e){sessionStorage.setItem(As,e.trim())}function mo(){sessionStorage.removeItem(As)}function Ur(){const t=new URLSearchParams(location.hash.slice(1)).get("key");t&&(ho(t),history.replaceState(null,"",location.pathname+location.search))}class Pt extends Error{constructor(t,s){super(t),this.kind=s}kind}async function go(e,t){const s=po();if(!s)throw new Pt("Enter an API key to see the data.","unauthenticated");const l=new Headers(t.headers);l.set("Authorization",`Bearer ${s}`);const o=new AbortController,a=setTimeout(()=>o.abort(),3e4);let c;try{c=await fetch(e,{...t,headers:l,signal:o.signal})}catch{throw o.signal.aborted?new Pt(`The gateway did not answer within ${3e4/1e3} s; try again later.`,"timeout"):new Pt("The gateway cannot be reached; check the connection.","network")}finally{clearTimeout(a)}if(c.status===401)throw new Pt("The API key was refused (401 Unauthorized): it is unknown, revoked or expired. Enter a valid key.","unauthenticated");return c}async function Be(e,t={}){const s=await go("/graphql",{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify({query:e,variables:t})});let l;try{l=await s.json()}catch{throw new Pt(`The gateway answered HTTP ${s.status} without JSON.`,"query")}const[o]=l.errors??[];if(o){const a=o.extensions?.code;throw a==="TIMEOUT"?new Pt(o.message,"timeout"):new Pt(a?`${o.message} (${a})`:o.message,"query")}return l.data??{}}async function Fr(e,t,s,l){const o=new URLSearchParams({query:e,variables:JSON.stringify(t),headers:s}),a=await go(`/export.csv?${o}`,{method:"GET"});if(!a.ok){const h=(await a.json().catch(()=>({}))).errors?.[0]?.message??`HTTP ${a.status}`;throw new Pt(`The export failed: ${h}`,"query")}const c=URL.createObjectURL(await a.blob()),f=document.createElement("a");f.href=c,f.download=l,f.click(),setTimeout(()=>URL.revokeObjectURL(c),1e4)}function w(e,t={},...s){const l=document.createElement(e);for(const[o,a]of Object.entries(t))a===void 0||a===!1||(typeof a=="function"?l.addEventListener(o.slice(2),a):l.setAttribute(o,a===!0?"":String(a)));return Br(l,...s),l}function Br(e,...t){for(const s of t)s==null||s===!1||e.appendChild(s instanceof Node?s:document.createTextNode(String(s)))}function Ue(e,t=""){return e==null?"—":typeof e=="number"?t.endsWith("Rate")?`${(e*100).toFixed(1)}%`:Number.isInteger(e)?String(e):e.toFixed(2):typeof e=="boolean"?e?"yes":"no":String(e)}const Hr=!0,qe="u-",Wr="uplot",Gr=qe+"hz",jr=qe+"vt",Yr=qe+"title",Kr=qe+"wrap",Jr=qe+"under",Qr=qe+"over",Zr=qe+"axis",fn=qe+"off",Xr=qe+"select",ea=qe+"cursor-x",ta=qe+"cursor-y",na=qe+"cursor-pt",la=qe+"legend",sa=qe+"live",ia=qe+"inline",oa=qe+"series",ra=qe+"marker",vi=qe+"label",aa=qe+"value",nl="width",ll="height",Xn="top",Si="bottom",Rn="left",ss="right",Ps="#000",bi=Ps+"0",is="mousemove",_i="mousedown",os="mouseup",Ei="mouseenter",Ti="mouseleave",Ci="dblclick",ca="resize",ua="scroll",ki="change",El="dppxchange",xs="--",Fn=typeof window<"u",hs=Fn?document:null,Nn=Fn?window:null,fa=Fn?navigator:null;let oe,yl;function ms(){let e=devicePixelRatio;oe!=e&&(oe=e,yl&&ws(ki,yl,ms),yl=matchMedia(`(min-resolution: ${oe-.001}dppx) and (max-resolution: ${oe+.001}dppx)`),dn(ki,yl,ms),Nn.dispatchEvent(new CustomEvent(El)))}function at(e,t){if(t!=null){let s=e.classList;!s.contains(t)&&s.add(t)}}function gs(e,t){let s=e.classList;s.contains(t)&&s.remove(t)}function we(e,t,s){e.style[t]=s+"px"}function Ct(e,t,s,l){let o=hs.createElement(e);return t!=null&&at(o,t),s?.insertBefore(o,l),o}function wt(e,t){return Ct("div",e,t)}const Ai=new WeakMap;function $t(e,t,s,l,o){let a="translate("+t+"px,"+s+"px)",c=Ai.get(e);a!=c&&(e.style.transform=a,Ai.set(e,a),t<0||s<0||t>l||s>o?at(e,fn):gs(e,fn))}const Pi=new WeakMap;function xi(e,t,s){let l=t+s,o=Pi.get(e);l!=o&&(Pi.set(e,l),e.style.background=t,e.style.borderColor=s)}const Mi=new WeakMap;function Ii(e,t,s,l){let o=t+""+s,a=Mi.get(e);o!=a&&(Mi.set(e,o),e.style.height=s+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-s/2+"px":0)}const Ms={passive:!0},da={...Ms,capture:!0};function dn(e,t,s,l){t.addEventListener(e,s,l?da:Ms)}function ws(e,t,s,l){t.removeEventListener(e,s,Ms)}Fn&&ms();function kt(e,t,s,l){let o;s=s||0,l=l||t.length-1;let a=l<=2147483647;for(;l-s>1;)o=a?s+l>>1:ct((s+l)/2),t[o]<e?s=o:l=o;return e-t[s]<=t[l]-e?s:l}function wo(e){return(s,l,o)=>{let a=-1,c=-1;for(let f=l;f<=o;f++)if(e(s[f])){a=f;break}for(let f=o;f>=l;f--)if(e(s[f])){c=f;break}return[a,c]}}const yo=e=>e!=null,vo=e=>e!=null&&e>0,Al=wo(yo),pa=wo(vo);function ha(e,t,s,l=0,o=!1){let a=o?pa:Al,c=o?vo:yo;[t,s]=a(e,t,s);let f=e[t],d=e[t];if(t>-1)if(l==1)f=e[t],d=e[s];else if(l==-1)f=e[s],d=e[t];else for(let h=t;h<=s;h++){let _=e[h];c(_)&&(_<f?f=_:_>d&&(d=_))}return[f??fe,d??-fe]}function Pl(e,t,s,l){let o=Di(e),a=Di(t);e==t&&(o==-1?(e*=s,t/=s):(e/=s,t*=s));let c=s==10?Ut:So,f=o==1?ct:yt,d=a==1?yt:ct,h=f(c(Ie(e))),_=d(c(Ie(t))),g=On(s,h),y=On(s,_);return s==10&&(h<0&&(g=de(g,-h)),_<0&&(y=de(y,-_))),l||s==2?(e=g*o,t=y*a):(e=To(e,g),t=xl(t,y)),[e,t]}function Is(e,t,s,l){let o=Pl(e,t,s,l);return e==0&&(o[0]=0),t==0&&(o[1]=0),o}const qs=.1,qi={mode:3,pad:qs},il={pad:0,soft:null,mode:0},ma={min:il,max:il};function Tl(e,t,s,l){return Ml(s)?Li(e,t,s):(il.pad=s,il.soft=l?0:null,il.mode=l?3:0,Li(e,t,ma))}function se(e,t){return e??t}function ga(e,t,s){for(t=se(t,0),s=se(s,e.length-1);t<=s;){if(e[t]!=null)return!0;t++}return!1}function Li(e,t,s){let l=s.min,o=s.max,a=se(l.pad,0),c=se(o.pad,0),f=se(l.hard,-fe),d=se(o.hard,fe),h=se(l.soft,fe),_=se(o.soft,-fe),g=se(l.mode,0),y=se(o.mode,0),I=t-e,M=Ut(I),D=Qe(Ie(e),Ie(t)),N=Ut(D),x=Ie(N-M);(I<1e-24||x>10)&&(I=0,(e==0||t==0)&&(I=1e-24,g==2&&h!=fe&&(a=0),y==2&&_!=-fe&&(c=0)));let v=I||D||1e3,E=Ut(v),b=On(10,ct(E)),P=v*(I==0?e==0?.1:1:a),C=de(To(e-P,b/10),24),K=e>=h&&(g==1||g==3&&C<=h||g==2&&C>=h)?h:fe,W=Qe(f,C<K&&e>=K?K:At(K,C)),O=v*(I==0?t==0?.1:1:c),z=de(xl(t+O,b/10),24),A=t<=_&&(y==1||y==3&&z>=_||y==2&&z<=_)?_:-fe,Y=At(d,z>A&&t<=A?A:Qe(A,z));return W==Y&&W==0&&(Y=100),[W,Y]}const wa=new Intl.NumberFormat(Fn?fa.language:"en-US"),Ls=e=>wa.format(e),ut=Math,_l=ut.PI,Ie=ut.abs,ct=ut.floor,Me=ut.round,yt=ut.ceil,At=ut.min,Qe=ut.max,On=ut.pow,Di=ut.sign,Ut=ut.log10,So=ut.log2,ya=(e,t=1)=>ut.sinh(e)*t,rs=(e,t=1)=>ut.asinh(e/t),fe=1/0;function Ri(e){return(Ut((e^e>>31)-(e>>31))|0)+1}function ys(e,t,s){return At(Qe(e,t),s)}function bo(e){return typeof e=="function"}function ee(e){return bo(e)?e:()=>e}const va=()=>{},_o=e=>e,Eo=(e,t)=>t,Sa=e=>null,$i=e=>!0,Ni=(e,t)=>e==t,ba=/\.\d*?(?=9{6,}|0{6,})/gm,pn=e=>{if(ko(e)||Qt.has(e))return e;const t=`${e}`,s=t.match(ba);if(s==null)return e;let l=s[0].length-1;if(t.indexOf("e-")!=-1){let[o,a]=t.split("e");return+`${pn(o)}e${a}`}return de(e,l)};function cn(e,t){return pn(de(pn(e/t))*t)}function xl(e,t){return pn(yt(pn(e/t))*t)}function To(e,t){return pn(ct(pn(e/t))*t)}function de(e,t=0){if(ko(e))return e;let s=10**t,l=e*s*(1+Number.EPSILON);return Me(l)/s}const Qt=new Map;function Co(e){return((""+e).split(".")[1]||"").length}function rl(e,t,s,l){let o=[],a=l.map(Co);for(let c=t;c<s;c++){let f=Ie(c),d=de(On(e,c),f);for(let h=0;h<l.length;h++){let _=e==10?+`${l[h]}e${c}`:l[h]*d,g=(c>=0?0:f)+(c>=a[h]?0:a[h]),y=e==10?_:de(_,g);o.push(y),Qt.set(y,g)}}return o}const ol={},Ds=[],Vn=[null,null],Jt=Array.isArray,ko=Number.isInteger,_a=e=>e===void 0;function Oi(e){return typeof e=="string"}function Ml(e){let t=!1;if(e!=null){let s=e.constructor;t=s==null||s==Object}return t}function Ea(e){return e!=null&&typeof e=="object"}const Ta=Object.getPrototypeOf(Uint8Array),Ao="__proto__";function zn(e,t=Ml){let s;if(Jt(e)){let l=e.find(o=>o!=null);if(Jt(l)||t(l)){s=Array(e.length);for(let o=0;o<e.length;o++)s[o]=zn(e[o],t)}else s=e.slice()}else if(e instanceof Ta)s=e.slice();else if(t(e)){s={};for(let l in e)l!=Ao&&(s[l]=zn(e[l],t))}else s=e;return s}function Ce(e){let t=arguments;for(let s=1;s<t.length;s++){let l=t[s];for(let o in l)o!=Ao&&(Ml(e[o])?Ce(e[o],zn(l[o])):e[o]=zn(l[o]))}return e}const Ca=0,ka=1,Aa=2;function Pa(e,t,s){for(let l=0,o,a=-1;l<t.length;l++){let c=t[l];if(c>a){for(o=c-1;o>=0&&e[o]==null;)e[o--]=null;for(o=c+1;o<s&&e[o]==null;)e[a=o++]=null}}}function xa(e,t){if(qa(e)){let c=e[0].slice();for(let f=1;f<e.length;f++)c.push(...e[f].slice(1));return La(c[0])||(c=Ia(c)),c}let s=new Set;for(let c=0;c<e.length;c++){let d=e[c][0],h=d.length;for(let _=0;_<h;_++)s.add(d[_])}let l=[Array.from(s).sort((c,f)=>c-f)],o=l[0].length,a=new Map;for(let c=0;c<o;c++)a.set(l[0][c],c);for(let c=0;c<e.length;c++){let f=e[c],d=f[0];for(let h=1;h<f.length;h++){let _=f[h],g=Array(o).fill(void 0),y=t?t[c][h]:ka,I=[];for(let M=0;M<_.length;M++){let D=_[M],N=a.get(d[M]);D===null?y!=Ca&&(g[N]=D,y==Aa&&I.push(N)):g[N]=D}Pa(g,I,o),l.push(g)}}return l}const Ma=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ia(e){let t=e[0],s=t.length,l=Array(s);for(let a=0;a<l.length;a++)l[a]=a;l.sort((a,c)=>t[a]-t[c]);let o=[];for(let a=0;a<e.length;a++){let c=e[a],f=Array(s);for(let d=0;d<s;d++)f[d]=c[l[d]];o.push(f)}return o}function qa(e){let t=e[0][0],s=t.length;for(let l=1;l<e.length;l++){let o=e[l][0];if(o.length!=s)return!1;if(o!=t){for(let a=0;a<s;a++)if(o[a]!=t[a])return!1}}return!0}function La(e,t=100){const s=e.length;if(s<=1)return!0;let l=0,o=s-1;for(;l<=o&&e[l]==null;)l++;for(;o>=l&&e[o]==null;)o--;if(o<=l)return!0;const a=Qe(1,ct((o-l+1)/t));for(let c=e[l],f=l+a;f<=o;f+=a){const d=e[f];if(d!=null){if(d<=c)return!1;c=d}}return!0}const Po=["January","February","March","April","May","June","July","August","September","October","November","December"],xo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Mo(e){return e.slice(0,3)}const Da=xo.map(Mo),Ra=Po.map(Mo),$a={MMMM:Po,MMM:Ra,WWWW:xo,WWW:Da};function el(e){return(e<10?"0":"")+e}function Na(e){return(e<10?"00":e<100?"0":"")+e}const Oa={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>el(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>el(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>el(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>el(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>el(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Na(e.getMilliseconds())};function Rs(e,t){t=t||$a;let s=[],l=/\{([a-z]+)\}|[^{]+/gi,o;for(;o=l.exec(e);)s.push(o[0][0]=="{"?Oa[o[1]]:o[0]);return a=>{let c="";for(let f=0;f<s.length;f++)c+=typeof s[f]=="string"?s[f]:s[f](a,t);return c}}const Va=new Intl.DateTimeFormat().resolvedOptions().timeZone;function za(e,t){let s;return t=="UTC"||t=="Etc/UTC"?s=new Date(+e+e.getTimezoneOffset()*6e4):t==Va?s=e:(s=new Date(e.toLocaleString("en-US",{timeZone:t})),s.setMilliseconds(e.getMilliseconds())),s}const Io=e=>e%1==0,Cl=[1,2,2.5,5],Ua=rl(10,-32,0,Cl),qo=rl(10,0,32,Cl),Fa=qo.filter(Io),un=Ua.concat(qo),$s=`
`,Lo="{YYYY}",Vi=$s+Lo,Do="{M}/{D}",sl=$s+Do,vl=sl+"/{YY}",Ro="{aa}",Ba="{h}:{mm}",$n=Ba+Ro,zi=$s+$n,Ui=":{ss}",ae=null;function $o(e){let t=e*1e3,s=t*60,l=s*60,o=l*24,a=o*30,c=o*365,d=(e==1?rl(10,0,3,Cl).filter(Io):rl(10,-3,0,Cl)).concat([t,t*5,t*10,t*15,t*30,s,s*5,s*10,s*15,s*30,l,l*2,l*3,l*4,l*6,l*8,l*12,o,o*2,o*3,o*4,o*5,o*6,o*7,o*8,o*9,o*10,o*15,a,a*2,a*3,a*4,a*6,c,c*2,c*5,c*10,c*25,c*50,c*100]);const h=[[c,Lo,ae,ae,ae,ae,ae,ae,1],[o*28,"{MMM}",Vi,ae,ae,ae,ae,ae,1],[o,Do,Vi,ae,ae,ae,ae,ae,1],[l,"{h}"+Ro,vl,ae,sl,ae,ae,ae,1],[s,$n,vl,ae,sl,ae,ae,ae,1],[t,Ui,vl+" "+$n,ae,sl+" "+$n,ae,zi,ae,1],[e,Ui+".{fff}",vl+" "+$n,ae,sl+" "+$n,ae,zi,ae,1]];function _(g){return(y,I,M,D,N,x)=>{let v=[],E=N>=c,b=N>=a&&N<c,P=g(M),C=de(P*e,3),K=as(P.getFullYear(),E?0:P.getMonth(),b||E?1:P.getDate()),W=de(K*e,3);if(b||E){let O=b?N/a:0,z=E?N/c:0,A=C==W?C:de(as(K.getFullYear()+z,K.getMonth()+O,1)*e,3),Y=new Date(Me(A/e)),V=Y.getFullYear(),G=Y.getMonth();for(let B=0;A<=D;B++){let te=as(V+z*B,G+O*B,1),H=te-g(de(te*e,3));A=de((+te+H)*e,3),A<=D&&v.push(A)}}else{let O=N>=o?o:N,z=ct(M)-ct(C),A=W+z+xl(C-W,O);v.push(A);let Y=g(A),V=Y.getHours()+Y.getMinutes()/s+Y.getSeconds()/l,G=N/l,B=y.axes[I]._space,te=x/B;for(;A=de(A+N,e==1?0:3),!(A>D);)if(G>1){let H=ct(de(V+G,6))%24,ne=g(A).getHours()-H;ne>1&&(ne=-1),A-=ne*l,V=(V+G)%24;let ce=v[v.length-1];de((A-ce)/N,3)*te>=.7&&v.push(A)}else v.push(A)}return v}}return[d,h,_]}const[Ha,Wa,Ga]=$o(1),[ja,Ya,Ka]=$o(.001);rl(2,-53,53,[1]);function Fi(e,t){return e.map(s=>s.map((l,o)=>o==0||o==8||l==null?l:t(o==1||s[8]==0?l:s[1]+l)))}function Bi(e,t){return(s,l,o,a,c)=>{let f=t.find(M=>c>=M[0])||t[t.length-1],d,h,_,g,y,I;return l.map(M=>{let D=e(M),N=D.getFullYear(),x=D.getMonth(),v=D.getDate(),E=D.getHours(),b=D.getMinutes(),P=D.getSeconds(),C=N!=d&&f[2]||x!=h&&f[3]||v!=_&&f[4]||E!=g&&f[5]||b!=y&&f[6]||P!=I&&f[7]||f[1];return d=N,h=x,_=v,g=E,y=b,I=P,C(D)})}}function Ja(e,t){let s=Rs(t);return(l,o,a,c,f)=>o.map(d=>s(e(d)))}function as(e,t,s){return new Date(e,t,s)}function Hi(e,t){return t(e)}const Qa="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Wi(e,t){return(s,l,o,a)=>a==null?xs:t(e(l))}function Za(e,t){let s=e.series[t];return s.width?s.stroke(e,t):s.points.width?s.points.stroke(e,t):null}function Xa(e,t){return e.series[t].fill(e,t)}const ec={show:!0,live:!0,isolate:!1,mount:va,markers:{show:!0,width:2,stroke:Za,fill:Xa,dash:"solid"},idx:null,idxs:null,values:[]};function tc(e,t){let s=e.cursor.points,l=wt(),o=s.size(e,t);we(l,nl,o),we(l,ll,o);let a=o/-2;we(l,"marginLeft",a),we(l,"marginTop",a);let c=s.width(e,t,o);return c&&we(l,"borderWidth",c),l}function nc(e,t){let s=e.series[t].points;return s._fill||s._stroke}function lc(e,t){let s=e.series[t].points;return s._stroke||s._fill}function sc(e,t){return e.series[t].points.size}const cs=[0,0];function ic(e,t,s){return cs[0]=t,cs[1]=s,cs}function Sl(e,t,s,l=!0){return o=>{o.button==0&&(!l||o.target==t)&&s(o)}}function us(e,t,s,l=!0){return o=>{(!l||o.target==t)&&s(o)}}const oc={show:!0,x:!0,y:!0,lock:!1,move:ic,points:{one:!1,show:tc,size:sc,width:0,stroke:lc,fill:nc},bind:{mousedown:Sl,mouseup:Sl,click:Sl,dblclick:Sl,mousemove:us,mouseleave:us,mouseenter:us},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,s,l,o)=>l-o,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},No={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Ns=Ce({},No,{filter:Eo}),Oo=Ce({},Ns,{size:10}),Vo=Ce({},No,{show:!1}),Os='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',zo="bold "+Os,Uo=1.5,Gi={show:!0,scale:"x",stroke:Ps,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:zo,side:2,grid:Ns,ticks:Oo,border:Vo,font:Os,lineGap:Uo,rotate:0},rc="Value",ac="Time",ji={show:!0,scale:"x",auto:!1,sorted:1,min:fe,max:-fe,idxs:[]};function cc(e,t,s,l,o){return t.map(a=>a==null?"":Ls(a))}function uc(e,t,s,l,o,a,c){let f=[],d=Qt.get(o)||0;s=c?s:de(xl(s,o),d);for(let h=s;h<=l;h=de(h+o,d))f.push(Object.is(h,-0)?0:h);return f}function vs(e,t,s,l,o,a,c){const f=[],d=e.scales[e.axes[t].scale].log,h=d==10?Ut:So,_=ct(h(s));o=On(d,_),d==10&&(o=un[kt(o,un)]);let g=s,y=o*d;d==10&&(y=un[kt(y,un)]);do f.push(g),g=g+o,d==10&&!Qt.has(g)&&(g=de(g,Qt.get(o))),g>=y&&(o=g,y=o*d,d==10&&(y=un[kt(y,un)]));while(g<=l);return f}function fc(e,t,s,l,o,a,c){let d=e.scales[e.axes[t].scale].asinh,h=l>d?vs(e,t,Qe(d,s),l,o):[d],_=l>=0&&s<=0?[0]:[];return(s<-d?vs(e,t,Qe(d,-l),-s,o):[d]).reverse().map(y=>-y).concat(_,h)}const Fo=/./,dc=/[12357]/,pc=/[125]/,Yi=/1/,Ss=(e,t,s,l)=>e.map((o,a)=>t==4&&o==0||a%l==0&&s.test(o.toExponential()[o<0?1:0])?o:null);function hc(e,t,s,l,o){let a=e.axes[s],c=a.scale,f=e.scales[c],d=e.valToPos,h=a._space,_=d(10,c),g=d(9,c)-_>=h?Fo:d(7,c)-_>=h?dc:d(5,c)-_>=h?pc:Yi;if(g==Yi){let y=Ie(d(1,c)-_);if(y<h)return Ss(t.slice().reverse(),f.distr,g,yt(h/y)).reverse()}return Ss(t,f.distr,g,1)}function mc(e,t,s,l,o){let a=e.axes[s],c=a.scale,f=a._space,d=e.valToPos,h=Ie(d(1,c)-d(2,c));return h<f?Ss(t.slice().reverse(),3,Fo,yt(f/h)).reverse():t}function gc(e,t,s,l){return l==null?xs:t==null?"":Ls(t)}const Ki={show:!0,scale:"y",stroke:Ps,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:zo,side:3,grid:Ns,ticks:Oo,border:Vo,font:Os,lineGap:Uo,rotate:0};function wc(e,t){let s=3+(e||1)*2;return de(s*t,3)}function yc(e,t){let{scale:s,idxs:l}=e.series[0],o=e._data[0],a=e.valToPos(o[l[0]],s,!0),c=e.valToPos(o[l[1]],s,!0),f=Ie(c-a),d=e.series[t],h=f/(d.points.space*oe);return l[1]-l[0]<=h}const Ji={scale:null,auto:!0,sorted:0,min:fe,max:-fe},Bo=(e,t,s,l,o)=>o,Qi={show:!0,auto:!0,sorted:0,gaps:Bo,alpha:1,facets:[Ce({},Ji,{scale:"x"}),Ce({},Ji,{scale:"y"})]},Zi={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Bo,alpha:1,points:{show:yc,filter:null},values:null,min:fe,max:-fe,idxs:[],path:null,clip:null};function vc(e,t,s,l,o){return s/10}const Ho={time:Hr,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Sc=Ce({},Ho,{time:!1,ori:1}),Xi={};function Wo(e,t){let s=Xi[e];return s||(s={key:e,plots:[],sub(l){s.plots.push(l)},unsub(l){s.plots=s.plots.filter(o=>o!=l)},pub(l,o,a,c,f,d,h){for(let _=0;_<s.plots.length;_++)s.plots[_]!=o&&s.plots[_].pub(l,o,a,c,f,d,h)}},e!=null&&(Xi[e]=s)),s}const Un=1,bs=2;function mn(e,t,s){const l=e.mode,o=e.series[t],a=l==2?e._data[t]:e._data,c=e.scales,f=e.bbox;let d=a[0],h=l==2?a[1]:a[t],_=l==2?c[o.facets[0].scale]:c[e.series[0].scale],g=l==2?c[o.facets[1].scale]:c[o.scale],y=f.left,I=f.top,M=f.width,D=f.height,N=e.valToPosH,x=e.valToPosV;return _.ori==0?s(o,d,h,_,g,N,x,y,I,M,D,ql,Bn,Dl,jo,Ko):s(o,d,h,_,g,x,N,I,y,D,M,Ll,Hn,Us,Yo,Jo)}function Vs(e,t){let s=0,l=0,o=se(e.bands,Ds);for(let a=0;a<o.length;a++){let c=o[a];c.series[0]==t?s=c.dir:c.series[1]==t&&(c.dir==1?l|=1:l|=2)}return[s,l==1?-1:l==2?1:l==3?2:0]}function bc(e,t,s,l,o){let a=e.mode,c=e.series[t],f=a==2?c.facets[1].scale:c.scale,d=e.scales[f];return o==-1?d.min:o==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function Ft(e,t,s,l,o,a){return mn(e,t,(c,f,d,h,_,g,y,I,M,D,N)=>{let x=c.pxRound;const v=h.dir*(h.ori==0?1:-1),E=h.ori==0?Bn:Hn;let b,P;v==1?(b=s,P=l):(b=l,P=s);let C=x(g(f[b],h,D,I)),K=x(y(d[b],_,N,M)),W=x(g(f[P],h,D,I)),O=x(y(a==1?_.max:_.min,_,N,M)),z=new Path2D(o);return E(z,W,O),E(z,C,O),E(z,C,K),z})}function Il(e,t,s,l,o,a){let c=null;if(e.length>0){c=new Path2D;const f=t==0?Dl:Us;let d=s;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let I=y[0]-d;I>0&&f(c,d,l,I,l+a),d=y[1]}}let h=s+o-d,_=10;h>0&&f(c,d,l-_/2,h,l+a+_)}return c}function _c(e,t,s){let l=e[e.length-1];l&&l[0]==t?l[1]=s:e.push([t,s])}function zs(e,t,s,l,o,a,c){let f=[],d=e.length;for(let h=o==1?s:l;h>=s&&h<=l;h+=o)if(t[h]===null){let g=h,y=h;if(o==1)for(;++h<=l&&t[h]===null;)y=h;else for(;--h>=s&&t[h]===null;)y=h;let I=a(e[g]),M=y==g?I:a(e[y]),D=g-o;I=c<=0&&D>=0&&D<d?a(e[D]):I;let x=y+o;M=c>=0&&x>=0&&x<d?a(e[x]):M,M>=I&&f.push([I,M])}return f}function eo(e){return e==0?_o:e==1?Me:t=>cn(t,e)}function Go(e){let t=e==0?ql:Ll,s=e==0?(o,a,c,f,d,h)=>{o.arcTo(a,c,f,d,h)}:(o,a,c,f,d,h)=>{o.arcTo(c,a,d,f,h)},l=e==0?(o,a,c,f,d)=>{o.rect(a,c,f,d)}:(o,a,c,f,d)=>{o.rect(c,a,d,f)};return(o,a,c,f,d,h=0,_=0)=>{h==0&&_==0?l(o,a,c,f,d):(h=At(h,f/2,d/2),_=At(_,f/2,d/2),t(o,a+h,c),s(o,a+f,c,a+f,c+d,h),s(o,a+f,c+d,a,c+d,_),s(o,a,c+d,a,c,_),s(o,a,c,a+f,c,h),o.closePath())}}const ql=(e,t,s)=>{e.moveTo(t,s)},Ll=(e,t,s)=>{e.moveTo(s,t)},Bn=(e,t,s)=>{e.lineTo(t,s)},Hn=(e,t,s)=>{e.lineTo(s,t)},Dl=Go(0),Us=Go(1),jo=(e,t,s,l,o,a)=>{e.arc(t,s,l,o,a)},Yo=(e,t,s,l,o,a)=>{e.arc(s,t,l,o,a)},Ko=(e,t,s,l,o,a,c)=>{e.bezierCurveTo(t,s,l,o,a,c)},Jo=(e,t,s,l,o,a,c)=>{e.bezierCurveTo(s,t,o,l,c,a)};function Qo(e){return(t,s,l,o,a)=>mn(t,s,(c,f,d,h,_,g,y,I,M,D,N)=>{let{pxRound:x,points:v}=c,E,b;h.ori==0?(E=ql,b=jo):(E=Ll,b=Yo);const P=de(v.width*oe,3);let C=(v.size-v.width)/2*oe,K=de(C*2,3),W=new Path2D,O=new Path2D,{left:z,top:A,width:Y,height:V}=t.bbox;Dl(O,z-K,A-K,Y+K*2,V+K*2);const G=B=>{if(d[B]!=null){let te=x(g(f[B],h,D,I)),H=x(y(d[B],_,N,M));E(W,te+C,H),b(W,te,H,C,0,_l*2)}};if(a)a.forEach(G);else for(let B=l;B<=o;B++)G(B);return{stroke:P>0?W:null,fill:W,clip:O,flags:Un|bs}})}function Zo(e){return(t,s,l,o,a,c)=>{l!=o&&(a!=l&&c!=l&&e(t,s,l),a!=o&&c!=o&&e(t,s,o),e(t,s,c))}}const Ec=Zo(Bn),Tc=Zo(Hn);function Xo(e){const t=se(e?.alignGaps,0);return(s,l,o,a)=>mn(s,l,(c,f,d,h,_,g,y,I,M,D,N)=>{[o,a]=Al(d,o,a);let x=c.pxRound,v=V=>x(g(V,h,D,I)),E=V=>x(y(V,_,N,M)),b,P;h.ori==0?(b=Bn,P=Ec):(b=Hn,P=Tc);const C=h.dir*(h.ori==0?1:-1),K={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Un},W=K.stroke;let O=!1;if(a-o>=D*4){let V=U=>s.posToVal(U,h.key,!0),G=null,B=null,te,H,Ze,ye=v(f[C==1?o:a]),ne=v(f[o]),ce=v(f[a]),Z=V(C==1?ne+1:ce-1);for(let U=C==1?o:a;U>=o&&U<=a;U+=C){let Pe=f[U],ve=(C==1?Pe<Z:Pe>Z)?ye:v(Pe),re=d[U];ve==ye?re!=null?(H=re,G==null?(b(W,ve,E(H)),te=G=B=H):H<G?G=H:H>B&&(B=H)):re===null&&(O=!0):(G!=null&&P(W,ye,E(G),E(B),E(te),E(H)),re!=null?(H=re,b(W,ve,E(H)),G=B=te=H):(G=B=null,re===null&&(O=!0)),ye=ve,Z=V(ye+C))}G!=null&&G!=B&&Ze!=ye&&P(W,ye,E(G),E(B),E(te),E(H))}else for(let V=C==1?o:a;V>=o&&V<=a;V+=C){let G=d[V];G===null?O=!0:G!=null&&b(W,v(f[V]),E(G))}let[A,Y]=Vs(s,l);if(c.fill!=null||A!=0){let V=K.fill=new Path2D(W),G=c.fillTo(s,l,c.min,c.max,A),B=E(G),te=v(f[o]),H=v(f[a]);C==-1&&([H,te]=[te,H]),b(V,H,B),b(V,te,B)}if(!c.spanGaps){let V=[];O&&V.push(...zs(f,d,o,a,C,v,t)),K.gaps=V=c.gaps(s,l,o,a,V),K.clip=Il(V,h.ori,I,M,D,N)}return Y!=0&&(K.band=Y==2?[Ft(s,l,o,a,W,-1),Ft(s,l,o,a,W,1)]:Ft(s,l,o,a,W,Y)),K})}function Cc(e){const t=se(e.align,1),s=se(e.ascDesc,!1),l=se(e.alignGaps,0),o=se(e.extend,!1);return(a,c,f,d)=>mn(a,c,(h,_,g,y,I,M,D,N,x,v,E)=>{[f,d]=Al(g,f,d);let b=h.pxRound,{left:P,width:C}=a.bbox,K=ne=>b(M(ne,y,v,N)),W=ne=>b(D(ne,I,E,x)),O=y.ori==0?Bn:Hn;const z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Un},A=z.stroke,Y=y.dir*(y.ori==0?1:-1);let V=W(g[Y==1?f:d]),G=K(_[Y==1?f:d]),B=G,te=G;o&&t==-1&&(te=P,O(A,te,V)),O(A,G,V);for(let ne=Y==1?f:d;ne>=f&&ne<=d;ne+=Y){let ce=g[ne];if(ce==null)continue;let Z=K(_[ne]),U=W(ce);t==1?O(A,Z,V):O(A,B,U),O(A,Z,U),V=U,B=Z}let H=B;o&&t==1&&(H=P+C,O(A,H,V));let[Ze,ye]=Vs(a,c);if(h.fill!=null||Ze!=0){let ne=z.fill=new Path2D(A),ce=h.fillTo(a,c,h.min,h.max,Ze),Z=W(ce);O(ne,H,Z),O(ne,te,Z)}if(!h.spanGaps){let ne=[];ne.push(...zs(_,g,f,d,Y,K,l));let ce=h.width*oe/2,Z=s||t==1?ce:-ce,U=s||t==-1?-ce:ce;ne.forEach(Pe=>{Pe[0]+=Z,Pe[1]+=U}),z.gaps=ne=h.gaps(a,c,f,d,ne),z.clip=Il(ne,y.ori,N,x,v,E)}return ye!=0&&(z.band=ye==2?[Ft(a,c,f,d,A,-1),Ft(a,c,f,d,A,1)]:Ft(a,c,f,d,A,ye)),z})}function to(e,t,s,l,o,a,c=fe){if(e.length>1){let f=null;for(let d=0,h=1/0;d<e.length;d++)if(t[d]!==void 0){if(f!=null){let _=Ie(e[d]-e[f]);_<h&&(h=_,c=Ie(s(e[d],l,o,a)-s(e[f],l,o,a)))}f=d}}return c}function kc(e){e=e||ol;const t=se(e.size,[.6,fe,1]),s=e.align||0,l=e.gap||0;let o=e.radius;o=o==null?[0,0]:typeof o=="number"?[o,0]:o;const a=ee(o),c=1-t[0],f=se(t[1],fe),d=se(t[2],1),h=se(e.disp,ol),_=se(e.each,I=>{}),{fill:g,stroke:y}=h;return(I,M,D,N)=>mn(I,M,(x,v,E,b,P,C,K,W,O,z,A)=>{let Y=x.pxRound,V=s,G=l*oe,B=f*oe,te=d*oe,H,Ze;b.ori==0?[H,Ze]=a(I,M):[Ze,H]=a(I,M);const ye=b.dir*(b.ori==0?1:-1);let ne=b.ori==0?Dl:Us,ce=b.ori==0?_:(R,pe,xe,vn,en,Mt,tn)=>{_(R,pe,xe,en,vn,tn,Mt)},Z=se(I.bands,Ds).find(R=>R.series[0]==M),U=Z!=null?Z.dir:0,Pe=x.fillTo(I,M,x.min,x.max,U),We=Y(K(Pe,P,A,O)),ve,re,St,lt=z,be=Y(x.width*oe),xt=!1,Ot=null,ft=null,Bt=null,gn=null;g!=null&&(be==0||y!=null)&&(xt=!0,Ot=g.values(I,M,D,N),ft=new Map,new Set(Ot).forEach(R=>{R!=null&&ft.set(R,new Path2D)}),be>0&&(Bt=y.values(I,M,D,N),gn=new Map,new Set(Bt).forEach(R=>{R!=null&&gn.set(R,new Path2D)})));let{x0:wn,size:Wn}=h;if(wn!=null&&Wn!=null){V=1,v=wn.values(I,M,D,N),wn.unit==2&&(v=v.map(xe=>I.posToVal(W+xe*z,b.key,!0)));let R=Wn.values(I,M,D,N);Wn.unit==2?re=R[0]*z:re=C(R[0],b,z,W)-C(0,b,z,W),lt=to(v,E,C,b,z,W,lt),St=lt-re+G}else lt=to(v,E,C,b,z,W,lt),St=lt*c+G,re=lt-St;St<1&&(St=0),be>=re/2&&(be=0),St<5&&(Y=_o);let al=St>0,Zt=lt-St-(al?be:0);re=Y(ys(Zt,te,B)),ve=(V==0?re/2:V==ye?0:re)-V*ye*((V==0?G/2:0)+(al?be/2:0));const Ge={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},yn=xt?null:new Path2D;let Vt=null;if(Z!=null)Vt=I.data[Z.series[1]];else{let{y0:R,y1:pe}=h;R!=null&&pe!=null&&(E=pe.values(I,M,D,N),Vt=R.values(I,M,D,N))}let Xt=H*re,Q=Ze*re;for(let R=ye==1?D:N;R>=D&&R<=N;R+=ye){let pe=E[R];if(pe==null)continue;if(Vt!=null){let Xe=Vt[R]??0;if(pe-Xe==0)continue;We=K(Xe,P,A,O)}let xe=b.distr!=2||h!=null?v[R]:R,vn=C(xe,b,z,W),en=K(se(pe,Pe),P,A,O),Mt=Y(vn-ve),tn=Y(Qe(en,We)),st=Y(At(en,We)),dt=tn-st;if(pe!=null){let Xe=pe<0?Q:Xt,bt=pe<0?Xt:Q;xt?(be>0&&Bt[R]!=null&&ne(gn.get(Bt[R]),Mt,st+ct(be/2),re,Qe(0,dt-be),Xe,bt),Ot[R]!=null&&ne(ft.get(Ot[R]),Mt,st+ct(be/2),re,Qe(0,dt-be),Xe,bt)):ne(yn,Mt,st+ct(be/2),re,Qe(0,dt-be),Xe,bt),ce(I,M,R,Mt-be/2,st,re+be,dt)}}return be>0?Ge.stroke=xt?gn:yn:xt||(Ge._fill=x.width==0?x._fill:x._stroke??x._fill,Ge.width=0),Ge.fill=xt?ft:yn,Ge})}function Ac(e,t){const s=se(t?.alignGaps,0);return(l,o,a,c)=>mn(l,o,(f,d,h,_,g,y,I,M,D,N,x)=>{[a,c]=Al(h,a,c);let v=f.pxRound,E=H=>v(y(H,_,N,M)),b=H=>v(I(H,g,x,D)),P,C,K;_.ori==0?(P=ql,K=Bn,C=Ko):(P=Ll,K=Hn,C=Jo);const W=_.dir*(_.ori==0?1:-1);let O=E(d[W==1?a:c]),z=O,A=[],Y=[];for(let H=W==1?a:c;H>=a&&H<=c;H+=W)if(h[H]!=null){let ye=d[H],ne=E(ye);A.push(z=ne),Y.push(b(h[H]))}const V={stroke:e(A,Y,P,K,C,v),fill:null,clip:null,band:null,gaps:null,flags:Un},G=V.stroke;let[B,te]=Vs(l,o);if(f.fill!=null||B!=0){let H=V.fill=new Path2D(G),Ze=f.fillTo(l,o,f.min,f.max,B),ye=b(Ze);K(H,z,ye),K(H,O,ye)}if(!f.spanGaps){let H=[];H.push(...zs(d,h,a,c,W,E,s)),V.gaps=H=f.gaps(l,o,a,c,H),V.clip=Il(H,_.ori,M,D,N,x)}return te!=0&&(V.band=te==2?[Ft(l,o,a,c,G,-1),Ft(l,o,a,c,G,1)]:Ft(l,o,a,c,G,te)),V})}function Pc(e){return Ac(xc,e)}function xc(e,t,s,l,o,a){const c=e.length;if(c<2)return null;const f=new Path2D;if(s(f,e[0],t[0]),c==2)l(f,e[1],t[1]);else{let d=Array(c),h=Array(c-1),_=Array(c-1),g=Array(c-1);for(let y=0;y<c-1;y++)_[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],h[y]=_[y]/g[y];d[0]=h[0];for(let y=1;y<c-1;y++)h[y]===0||h[y-1]===0||h[y-1]>0!=h[y]>0?d[y]=0:(d[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/h[y-1]+(g[y]+2*g[y-1])/h[y]),isFinite(d[y])||(d[y]=0));d[c-1]=h[c-2];for(let y=0;y<c-1;y++)o(f,e[y]+g[y]/3,t[y]+d[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-d[y+1]*g[y]/3,e[y+1],t[y+1])}return f}const _s=new Set;function no(){for(let e of _s)e.syncRect(!0)}Fn&&(dn(ca,Nn,no),dn(ua,Nn,no,!0),dn(El,Nn,()=>{He.pxRatio=oe}));const Mc=Xo(),Ic=Qo();function lo(e,t,s,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,c)=>Es(a,c,t,s))}function qc(e,t){return e.map((s,l)=>l==0?{}:Ce({},t,s))}function Es(e,t,s,l){return Ce({},t==0?s:l,e)}function er(e,t,s){return t==null?Vn:[t,s]}const Lc=er;function Dc(e,t,s){return t==null?Vn:Tl(t,s,qs,!0)}function tr(e,t,s,l){return t==null?Vn:Pl(t,s,e.scales[l].log,!1)}const Rc=tr;function nr(e,t,s,l){return t==null?Vn:Is(t,s,e.scales[l].log,!1)}const $c=nr;function Nc(e,t,s,l,o){let a=Qe(Ri(e),Ri(t)),c=t-e,f=kt(o/l*c,s);do{let d=s[f],h=l*d/c;if(h>=o&&a+(d<5?Qt.get(d):0)<=17)return[d,h]}while(++f<s.length);return[0,0]}function so(e){let t,s;return e=e.replace(/(\d+)px/,(l,o)=>(t=Me((s=+o)*oe))+"px"),[e,t,s]}function Oc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let s=de(t[2]*oe,1);t[0]=t[0].replace(/[0-9.]+px/,s+"px"),t[1]=s})}function He(e,t,s){const l={mode:se(e.mode,1)},o=l.mode;function a(n,i,r,u){let p=i.valToPct(n);return u+r*(i.dir==-1?1-p:p)}function c(n,i,r,u){let p=i.valToPct(n);return u+r*(i.dir==-1?p:1-p)}function f(n,i,r,u){return i.ori==0?a(n,i,r,u):c(n,i,r,u)}l.valToPosH=a,l.valToPosV=c;let d=!1;l.status=0;const h=l.root=wt(Wr);if(e.id!=null&&(h.id=e.id),at(h,e.class),e.title){let n=wt(Yr,h);n.textContent=e.title}const _=Ct("canvas"),g=l.ctx=_.getContext("2d"),y=wt(Kr,h);dn("click",y,n=>{n.target===M&&(he!=Mn||Se!=In)&&ze.click(l,n)},!0);const I=l.under=wt(Jr,y);y.appendChild(_);const M=l.over=wt(Qr,y);e=zn(e);const D=+se(e.pxAlign,1),N=eo(D);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(l,e)||e)});const x=e.ms||.001,v=l.series=o==1?lo(e.series||[],ji,Zi,!1):qc(e.series||[null],Qi),E=l.axes=lo(e.axes||[],Gi,Ki,!0),b=l.scales={},P=l.bands=e.bands||[];P.forEach(n=>{n.fill=ee(n.fill||null),n.dir=se(n.dir,-1)});const C=o==2?v[1].facets[0].scale:v[0].scale,K={axes:kr,series:br},W=(e.drawOrder||["axes","series"]).map(n=>K[n]);function O(n){const i=n.distr==3?r=>Ut(r>0?r:n.clamp(l,r,n.min,n.max,n.key)):n.distr==4?r=>rs(r,n.asinh):n.distr==100?r=>n.fwd(r):r=>r;return r=>{let u=i(r),{_min:p,_max:m}=n,S=m-p;return(u-p)/S}}function z(n){let i=b[n];if(i==null){let r=(e.scales||ol)[n]||ol;if(r.from!=null){z(r.from);let u=Ce({},b[r.from],r,{key:n});u.valToPct=O(u),b[n]=u}else{i=b[n]=Ce({},n==C?Ho:Sc,r),i.key=n;let u=i.time,p=i.range,m=Jt(p);if((n!=C||o==2&&!u)&&(m&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?qi:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?qi:{mode:1,hard:p[1],soft:p[1]}},m=!1),!m&&Ml(p))){let S=p;p=(T,k,q)=>k==null?Vn:Tl(k,q,S)}i.range=ee(p||(u?Lc:n==C?i.distr==3?Rc:i.distr==4?$c:er:i.distr==3?tr:i.distr==4?nr:Dc)),i.auto=ee(m?!1:i.auto),i.clamp=ee(i.clamp||vc),i._min=i._max=null,i.valToPct=O(i)}}}z("x"),z("y"),o==1&&v.forEach(n=>{z(n.scale)}),E.forEach(n=>{z(n.scale)});for(let n in e.scales)z(n);const A=b[C],Y=A.distr;let V,G;A.ori==0?(at(h,Gr),V=a,G=c):(at(h,jr),V=c,G=a);const B={};for(let n in b){let i=b[n];(i.min!=null||i.max!=null)&&(B[n]={min:i.min,max:i.max},i.min=i.max=null)}const te=e.tzDate||(n=>new Date(Me(n/x))),H=e.fmtDate||Rs,Ze=x==1?Ga(te):Ka(te),ye=Bi(te,Fi(x==1?Wa:Ya,H)),ne=Wi(te,Hi(Qa,H)),ce=[],Z=l.legend=Ce({},ec,e.legend),U=l.cursor=Ce({},oc,{drag:{y:o==2}},e.cursor),Pe=Z.show,We=U.show,ve=Z.markers;Z.idxs=ce,ve.width=ee(ve.width),ve.dash=ee(ve.dash),ve.stroke=ee(ve.stroke),ve.fill=ee(ve.fill);let re,St,lt,be=[],xt=[],Ot,ft=!1,Bt={};if(Z.live){const n=v[1]?v[1].values:null;ft=n!=null,Ot=ft?n(l,1,0):{_:0};for(let i in Ot)Bt[i]=xs}if(Pe)if(re=Ct("table",la,h),lt=Ct("tbody",null,re),Z.mount(l,re),ft){St=Ct("thead",null,re,lt);let n=Ct("tr",null,St);Ct("th",null,n);for(var gn in Ot)Ct("th",vi,n).textContent=gn}else at(re,ia),Z.live&&at(re,sa);const wn={show:!0},Wn={show:!1};function al(n,i){if(i==0&&(ft||!Z.live||o==2))return Vn;let r=[],u=Ct("tr",oa,lt,lt.childNodes[i]);at(u,n.class),n.show||at(u,fn);let p=Ct("th",null,u);if(ve.show){let T=wt(ra,p);if(i>0){let k=ve.width(l,i);k&&(T.style.border=k+"px "+ve.dash(l,i)+" "+ve.stroke(l,i)),T.style.background=ve.fill(l,i)}}let m=wt(vi,p);n.label instanceof HTMLElement?m.appendChild(n.label):m.textContent=n.label,i>0&&(ve.show||(m.style.color=n.width>0?ve.stroke(l,i):ve.fill(l,i)),Ge("click",p,T=>{if(U._lock)return;ln(T);let k=v.indexOf(n);if((T.ctrlKey||T.metaKey)!=Z.isolate){let q=v.some((L,$)=>$>0&&$!=k&&L.show);v.forEach((L,$)=>{$>0&&qt($,q?$==k?wn:Wn:wn,!0,Te.setSeries)})}else qt(k,{show:!n.show},!0,Te.setSeries)},!1),bn&&Ge(Ei,p,T=>{U._lock||(ln(T),qt(v.indexOf(n),Ln,!0,Te.setSeries))},!1));for(var S in Ot){let T=Ct("td",aa,u);T.textContent="--",r.push(T)}return[u,r]}const Zt=new Map;function Ge(n,i,r,u=!0){const p=Zt.get(i)||{},m=U.bind[n](l,i,r,u);m&&(dn(n,i,p[n]=m),Zt.set(i,p))}function yn(n,i,r){const u=Zt.get(i)||{};for(let p in u)(n==null||p==n)&&(ws(p,i,u[p]),delete u[p]);n==null&&Zt.delete(i)}let Vt=0,Xt=0,Q=0,R=0,pe=0,xe=0,vn=pe,en=xe,Mt=Q,tn=R,st=0,dt=0,Xe=0,bt=0;l.bbox={};let Rl=!1,cl=!1,Sn=!1,nn=!1,ul=!1,pt=!1;function $l(n,i,r){(r||n!=l.width||i!=l.height)&&Bs(n,i),kn(!1),Sn=!0,cl=!0,An()}function Bs(n,i){l.width=Vt=Q=n,l.height=Xt=R=i,pe=xe=0,hr(),mr();let r=l.bbox;st=r.left=cn(pe*oe,.5),dt=r.top=cn(xe*oe,.5),Xe=r.width=cn(Q*oe,.5),bt=r.height=cn(R*oe,.5)}const fr=3;function dr(){let n=!1,i=0;for(;!n;){i++;let r=Tr(i),u=Cr(i);n=i==fr||r&&u,n||(Bs(l.width,l.height),cl=!0)}}function pr({width:n,height:i}){$l(n,i)}l.setSize=pr;function hr(){let n=!1,i=!1,r=!1,u=!1;E.forEach((p,m)=>{if(p.show&&p._show){let{side:S,_size:T}=p,k=S%2,q=p.label!=null?p.labelSize:0,L=T+q;L>0&&(k?(Q-=L,S==3?(pe+=L,u=!0):r=!0):(R-=L,S==0?(xe+=L,n=!0):i=!0))}}),sn[0]=n,sn[1]=r,sn[2]=i,sn[3]=u,Q-=Ht[1]+Ht[3],pe+=Ht[3],R-=Ht[2]+Ht[0],xe+=Ht[0]}function mr(){let n=pe+Q,i=xe+R,r=pe,u=xe;function p(m,S){switch(m){case 1:return n+=S,n-S;case 2:return i+=S,i-S;case 3:return r-=S,r+S;case 0:return u-=S,u+S}}E.forEach((m,S)=>{if(m.show&&m._show){let T=m.side;m._pos=p(T,m._size),m.label!=null&&(m._lpos=p(T,m.labelSize))}})}if(U.dataIdx==null){let n=U.hover,i=n.skip=new Set(n.skip??[]);i.add(void 0);let r=n.prox=ee(n.prox),u=n.bias??=0;U.dataIdx=(p,m,S,T)=>{if(m==0)return S;let k=S,q=r(p,m,S,T)??fe,L=q>=0&&q<fe,$=A.ori==0?Q:R,J=U.left,ie=t[0],le=t[m];if(i.has(le[S])){k=null;let X=null,j=null,F;if(u==0||u==-1)for(F=S;X==null&&F-- >0;)i.has(le[F])||(X=F);if(u==0||u==1)for(F=S;j==null&&F++<le.length;)i.has(le[F])||(j=F);if(X!=null||j!=null)if(L){let ge=X==null?-1/0:V(ie[X],A,$,0),_e=j==null?1/0:V(ie[j],A,$,0),Oe=J-ge,ue=_e-J;Oe<=ue?Oe<=q&&(k=X):ue<=q&&(k=j)}else k=j==null?X:X==null?j:S-X<=j-S?X:j}else L&&Ie(J-V(ie[S],A,$,0))>q&&(k=null);return k}}const ln=n=>{U.event=n};U.idxs=ce,U._lock=!1;let Fe=U.points;Fe.show=ee(Fe.show),Fe.size=ee(Fe.size),Fe.stroke=ee(Fe.stroke),Fe.width=ee(Fe.width),Fe.fill=ee(Fe.fill);const It=l.focus=Ce({},e.focus||{alpha:.3},U.focus),bn=It.prox>=0,_n=bn&&Fe.one;let ht=[],En=[],Tn=[];function Hs(n,i){let r=Fe.show(l,i);if(r instanceof HTMLElement)return at(r,na),at(r,n.class),$t(r,-10,-10,Q,R),M.insertBefore(r,ht[i]),r}function Ws(n,i){if(o==1||i>0){let r=o==1&&b[n.scale].time,u=n.value;n.value=r?Oi(u)?Wi(te,Hi(u,H)):u||ne:u||gc,n.label=n.label||(r?ac:rc)}if(_n||i>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Mc||Sa,n.fillTo=ee(n.fillTo||bc),n.pxAlign=+se(n.pxAlign,D),n.pxRound=eo(n.pxAlign),n.stroke=ee(n.stroke||null),n.fill=ee(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let r=wc(Qe(1,n.width),1),u=n.points=Ce({},{size:r,width:Qe(1,r*.2),stroke:n.stroke,space:r*2,paths:Ic,_stroke:null,_fill:null},n.points);u.show=ee(u.show),u.filter=ee(u.filter),u.fill=ee(u.fill),u.stroke=ee(u.stroke),u.paths=ee(u.paths),u.pxAlign=n.pxAlign}if(Pe){let r=al(n,i);be.splice(i,0,r[0]),xt.splice(i,0,r[1]),Z.values.push(null)}if(We){ce.splice(i,0,null);let r=null;_n?i==0&&(r=Hs(n,i)):i>0&&(r=Hs(n,i)),ht.splice(i,0,r),En.splice(i,0,0),Tn.splice(i,0,0)}Ne("addSeries",i)}function gr(n,i){i=i??v.length,n=o==1?Es(n,i,ji,Zi):Es(n,i,{},Qi),v.splice(i,0,n),Ws(v[i],i)}l.addSeries=gr;function wr(n){if(v.splice(n,1),Pe){Z.values.splice(n,1),xt.splice(n,1);let i=be.splice(n,1)[0];yn(null,i.firstChild),i.remove()}We&&(ce.splice(n,1),ht.splice(n,1)[0].remove(),En.splice(n,1),Tn.splice(n,1)),Ne("delSeries",n)}l.delSeries=wr;const sn=[!1,!1,!1,!1];function yr(n,i){if(n._show=n.show,n.show){let r=n.side%2,u=b[n.scale];u==null&&(n.scale=r?v[1].scale:C,u=b[n.scale]);let p=u.time;n.size=ee(n.size),n.space=ee(n.space),n.rotate=ee(n.rotate),Jt(n.incrs)&&n.incrs.forEach(S=>{!Qt.has(S)&&Qt.set(S,Co(S))}),n.incrs=ee(n.incrs||(u.distr==2?Fa:p?x==1?Ha:ja:un)),n.splits=ee(n.splits||(p&&u.distr==1?Ze:u.distr==3?vs:u.distr==4?fc:uc)),n.stroke=ee(n.stroke),n.grid.stroke=ee(n.grid.stroke),n.ticks.stroke=ee(n.ticks.stroke),n.border.stroke=ee(n.border.stroke);let m=n.values;n.values=Jt(m)&&!Jt(m[0])?ee(m):p?Jt(m)?Bi(te,Fi(m,H)):Oi(m)?Ja(te,m):m||ye:m||cc,n.filter=ee(n.filter||(u.distr>=3&&u.log==10?hc:u.distr==3&&u.log==2?mc:Eo)),n.font=so(n.font),n.labelFont=so(n.labelFont),n._size=n.size(l,null,i,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(sn[i]=!0,n._el=wt(Zr,y))}}function Gn(n,i,r,u){let[p,m,S,T]=r,k=i%2,q=0;return k==0&&(T||m)&&(q=i==0&&!p||i==2&&!S?Me(Gi.size/3):0),k==1&&(p||S)&&(q=i==1&&!m||i==3&&!T?Me(Ki.size/2):0),q}const Gs=l.padding=(e.padding||[Gn,Gn,Gn,Gn]).map(n=>ee(se(n,Gn))),Ht=l._padding=Gs.map((n,i)=>n(l,i,sn,0));let Ve,Le=null,De=null;const fl=o==1?v[0].idxs:null;let _t=null,jn=!1;function js(n,i){if(t=n??[],l.data=l._data=t,o==2){Ve=0;for(let r=1;r<v.length;r++)Ve+=t[r][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),_t=t[0],Ve=_t.length;let r=t;if(Y==2){r=t.slice();let u=r[0]=Array(Ve);for(let p=0;p<Ve;p++)u[p]=p}l._data=t=r}if(kn(!0),Ne("setData"),Y==2&&(Sn=!0),i!==!1){let r=A;r.auto(l,jn)?Nl():Gt(C,r.min,r.max),nn=nn||U.left>=0,pt=!0,An()}}l.setData=js;function Nl(){jn=!0;let n,i;o==1&&(Ve>0?(Le=fl[0]=0,De=fl[1]=Ve-1,n=t[0][Le],i=t[0][De],Y==2?(n=Le,i=De):n==i&&(Y==3?[n,i]=Pl(n,n,A.log,!1):Y==4?[n,i]=Is(n,n,A.log,!1):A.time?i=n+Me(86400/x):[n,i]=Tl(n,i,qs,!0))):(Le=fl[0]=n=null,De=fl[1]=i=null)),Gt(C,n,i)}let dl,Cn,Ol,Vl,zl,Ul,Fl,Bl,Hl,et;function Ys(n,i,r,u,p,m){n??=bi,r??=Ds,u??="butt",p??=bi,m??="round",n!=dl&&(g.strokeStyle=dl=n),p!=Cn&&(g.fillStyle=Cn=p),i!=Ol&&(g.lineWidth=Ol=i),m!=zl&&(g.lineJoin=zl=m),u!=Ul&&(g.lineCap=Ul=u),r!=Vl&&g.setLineDash(Vl=r)}function Ks(n,i,r,u){i!=Cn&&(g.fillStyle=Cn=i),n!=Fl&&(g.font=Fl=n),r!=Bl&&(g.textAlign=Bl=r),u!=Hl&&(g.textBaseline=Hl=u)}function Wl(n,i,r,u,p=0){if(u.length>0&&n.auto(l,jn)&&(i==null||i.min==null)){let m=se(Le,0),S=se(De,u.length-1),T=r.min==null?ha(u,m,S,p,n.distr==3):[r.min,r.max];n.min=At(n.min,r.min=T[0]),n.max=Qe(n.max,r.max=T[1])}}const Js={min:null,max:null};function vr(){for(let u in b){let p=b[u];B[u]==null&&(p.min==null||B[C]!=null&&p.auto(l,jn))&&(B[u]=Js)}for(let u in b){let p=b[u];B[u]==null&&p.from!=null&&B[p.from]!=null&&(B[u]=Js)}B[C]!=null&&kn(!0);let n={};for(let u in B){let p=B[u];if(p!=null){let m=n[u]=zn(b[u],Ea);if(p.min!=null)Ce(m,p);else if(u!=C||o==2)if(Ve==0&&m.from==null){let S=m.range(l,null,null,u);m.min=S[0],m.max=S[1]}else m.min=fe,m.max=-fe}}if(Ve>0){v.forEach((u,p)=>{if(o==1){let m=u.scale,S=B[m];if(S==null)return;let T=n[m];if(p==0){let k=T.range(l,T.min,T.max,m);T.min=k[0],T.max=k[1],Le=kt(T.min,t[0]),De=kt(T.max,t[0]),De-Le>1&&(t[0][Le]<T.min&&Le++,t[0][De]>T.max&&De--),u.min=_t[Le],u.max=_t[De]}else u.show&&u.auto&&Wl(T,S,u,t[p],u.sorted);u.idxs[0]=Le,u.idxs[1]=De}else if(p>0&&u.show&&u.auto){let[m,S]=u.facets,T=m.scale,k=S.scale,[q,L]=t[p],$=n[T],J=n[k];$!=null&&Wl($,B[T],m,q,m.sorted),J!=null&&Wl(J,B[k],S,L,S.sorted),u.min=S.min,u.max=S.max}});for(let u in n){let p=n[u],m=B[u];if(p.from==null&&(m==null||m.min==null)){let S=p.range(l,p.min==fe?null:p.min,p.max==-fe?null:p.max,u);p.min=S[0],p.max=S[1]}}}for(let u in n){let p=n[u];if(p.from!=null){let m=n[p.from];if(m.min==null)p.min=p.max=null;else{let S=p.range(l,m.min,m.max,u);p.min=S[0],p.max=S[1]}}}let i={},r=!1;for(let u in n){let p=n[u],m=b[u];if(m.min!=p.min||m.max!=p.max){m.min=p.min,m.max=p.max;let S=m.distr;m._min=S==3?Ut(m.min):S==4?rs(m.min,m.asinh):S==100?m.fwd(m.min):m.min,m._max=S==3?Ut(m.max):S==4?rs(m.max,m.asinh):S==100?m.fwd(m.max):m.max,i[u]=r=!0}}if(r){v.forEach((u,p)=>{o==2?p>0&&i.y&&(u._paths=null):i[u.scale]&&(u._paths=null)});for(let u in i)Sn=!0,Ne("setScale",u);We&&U.left>=0&&(nn=pt=!0)}for(let u in B)B[u]=null}function Sr(n){let i=ys(Le-1,0,Ve-1),r=ys(De+1,0,Ve-1);for(;n[i]==null&&i>0;)i--;for(;n[r]==null&&r<Ve-1;)r++;return[i,r]}function br(){if(Ve>0){let n=v.some(i=>i._focus)&&et!=It.alpha;n&&(g.globalAlpha=et=It.alpha),v.forEach((i,r)=>{if(r>0&&i.show&&(Qs(r,!1),Qs(r,!0),i._paths==null)){let u=et;et!=i.alpha&&(g.globalAlpha=et=i.alpha);let p=o==2?[0,t[r][0].length-1]:Sr(t[r]);i._paths=i.paths(l,r,p[0],p[1]),et!=u&&(g.globalAlpha=et=u)}}),v.forEach((i,r)=>{if(r>0&&i.show){let u=et;et!=i.alpha&&(g.globalAlpha=et=i.alpha),i._paths!=null&&Zs(r,!1);{let p=i._paths!=null?i._paths.gaps:null,m=i.points.show(l,r,Le,De,p),S=i.points.filter(l,r,m,p);(m||S)&&(i.points._paths=i.points.paths(l,r,Le,De,S),Zs(r,!0))}et!=u&&(g.globalAlpha=et=u),Ne("drawSeries",r)}}),n&&(g.globalAlpha=et=1)}}function Qs(n,i){let r=i?v[n].points:v[n];r._stroke=r.stroke(l,n),r._fill=r.fill(l,n)}function Zs(n,i){let r=i?v[n].points:v[n],{stroke:u,fill:p,clip:m,flags:S,_stroke:T=r._stroke,_fill:k=r._fill,_width:q=r.width}=r._paths;q=de(q*oe,3);let L=null,$=q%2/2;i&&k==null&&(k=q>0?"#fff":T);let J=r.pxAlign==1&&$>0;if(J&&g.translate($,$),!i){let ie=st-q/2,le=dt-q/2,X=Xe+q,j=bt+q;L=new Path2D,L.rect(ie,le,X,j)}i?Gl(T,q,r.dash,r.cap,k,u,p,S,m):_r(n,T,q,r.dash,r.cap,k,u,p,S,L,m),J&&g.translate(-$,-$)}function _r(n,i,r,u,p,m,S,T,k,q,L){let $=!1;k!=0&&P.forEach((J,ie)=>{if(J.series[0]==n){let le=v[J.series[1]],X=t[J.series[1]],j=(le._paths||ol).band;Jt(j)&&(j=J.dir==1?j[0]:j[1]);let F,ge=null;le.show&&j&&ga(X,Le,De)?(ge=J.fill(l,ie)||m,F=le._paths.clip):j=null,Gl(i,r,u,p,ge,S,T,k,q,L,F,j),$=!0}}),$||Gl(i,r,u,p,m,S,T,k,q,L)}const Xs=Un|bs;function Gl(n,i,r,u,p,m,S,T,k,q,L,$){Ys(n,i,r,u,p),(k||q||$)&&(g.save(),k&&g.clip(k),q&&g.clip(q)),$?(T&Xs)==Xs?(g.clip($),L&&g.clip(L),hl(p,S),pl(n,m,i)):T&bs?(hl(p,S),g.clip($),pl(n,m,i)):T&Un&&(g.save(),g.clip($),L&&g.clip(L),hl(p,S),g.restore(),pl(n,m,i)):(hl(p,S),pl(n,m,i)),(k||q||$)&&g.restore()}function pl(n,i,r){r>0&&(i instanceof Map?i.forEach((u,p)=>{g.strokeStyle=dl=p,g.stroke(u)}):i!=null&&n&&g.stroke(i))}function hl(n,i){i instanceof Map?i.forEach((r,u)=>{g.fillStyle=Cn=u,g.fill(r)}):i!=null&&n&&g.fill(i)}function Er(n,i,r,u){let p=E[n],m;if(u<=0)m=[0,0];else{let S=p._space=p.space(l,n,i,r,u),T=p._incrs=p.incrs(l,n,i,r,u,S);m=Nc(i,r,T,u,S)}return p._found=m}function jl(n,i,r,u,p,m,S,T,k,q){let L=S%2/2;D==1&&g.translate(L,L),Ys(T,S,k,q,T),g.beginPath();let $,J,ie,le,X=p+(u==0||u==3?-m:m);r==0?(J=p,le=X):($=p,ie=X);for(let j=0;j<n.length;j++)i[j]!=null&&(r==0?$=ie=n[j]:J=le=n[j],g.moveTo($,J),g.lineTo(ie,le));g.stroke(),D==1&&g.translate(-L,-L)}function Tr(n){let i=!0;return E.forEach((r,u)=>{if(!r.show)return;let p=b[r.scale];if(p.min==null){r._show&&(i=!1,r._show=!1,kn(!1));return}else r._show||(i=!1,r._show=!0,kn(!1));let m=r.side,S=m%2,{min:T,max:k}=p,[q,L]=Er(u,T,k,S==0?Q:R);if(L==0)return;let $=p.distr==2,J=r._splits=r.splits(l,u,T,k,q,L,$),ie=p.distr==2?J.map(F=>_t[F]):J,le=p.distr==2?_t[J[1]]-_t[J[0]]:q,X=r._values=r.values(l,r.filter(l,ie,u,L,le),u,L,le);r._rotate=m==2?r.rotate(l,X,u,L):0;let j=r._size;r._size=yt(r.size(l,X,u,n)),j!=null&&r._size!=j&&(i=!1)}),i}function Cr(n){let i=!0;return Gs.forEach((r,u)=>{let p=r(l,u,sn,n);p!=Ht[u]&&(i=!1),Ht[u]=p}),i}function kr(){for(let n=0;n<E.length;n++){let i=E[n];if(!i.show||!i._show)continue;let r=i.side,u=r%2,p,m,S=i.stroke(l,n),T=r==0||r==3?-1:1,[k,q]=i._found;if(i.label!=null){let Ye=i.labelGap*T,rt=Me((i._lpos+Ye)*oe);Ks(i.labelFont[0],S,"center",r==2?Xn:Si),g.save(),u==1?(p=m=0,g.translate(rt,Me(dt+bt/2)),g.rotate((r==3?-_l:_l)/2)):(p=Me(st+Xe/2),m=rt);let an=bo(i.label)?i.label(l,n,k,q):i.label;g.fillText(an,p,m),g.restore()}if(q==0)continue;let L=b[i.scale],$=u==0?Xe:bt,J=u==0?st:dt,ie=i._splits,le=L.distr==2?ie.map(Ye=>_t[Ye]):ie,X=L.distr==2?_t[ie[1]]-_t[ie[0]]:k,j=i.ticks,F=i.border,ge=j.show?j.size:0,_e=Me(ge*oe),Oe=Me((i.alignTo==2?i._size-ge-i.gap:i.gap)*oe),ue=i._rotate*-_l/180,Ee=N(i._pos*oe),it=(_e+Oe)*T,je=Ee+it;m=u==0?je:0,p=u==1?je:0;let mt=i.font[0],Et=i.align==1?Rn:i.align==2?ss:ue>0?Rn:ue<0?ss:u==0?"center":r==3?ss:Rn,Dt=ue||u==1?"middle":r==2?Xn:Si;Ks(mt,S,Et,Dt);let ot=i.font[1]*i.lineGap,gt=ie.map(Ye=>N(f(Ye,L,$,J))),Tt=i._values;for(let Ye=0;Ye<Tt.length;Ye++){let rt=Tt[Ye];if(rt!=null){u==0?p=gt[Ye]:m=gt[Ye],rt=""+rt;let an=rt.indexOf(`
`)==-1?[rt]:rt.split(/\n/gm);for(let Ke=0;Ke<an.length;Ke++){let yi=an[Ke];ue?(g.save(),g.translate(p,m+Ke*ot),g.rotate(ue),g.fillText(yi,0,0),g.restore()):g.fillText(yi,p,m+Ke*ot)}}}j.show&&jl(gt,j.filter(l,le,n,q,X),u,r,Ee,_e,de(j.width*oe,3),j.stroke(l,n),j.dash,j.cap);let Rt=i.grid;Rt.show&&jl(gt,Rt.filter(l,le,n,q,X),u,u==0?2:1,u==0?dt:st,u==0?bt:Xe,de(Rt.width*oe,3),Rt.stroke(l,n),Rt.dash,Rt.cap),F.show&&jl([Ee],[1],u==0?1:0,u==0?1:2,u==1?dt:st,u==1?bt:Xe,de(F.width*oe,3),F.stroke(l,n),F.dash,F.cap)}Ne("drawAxes")}function kn(n){v.forEach((i,r)=>{r>0&&(i._paths=null,n&&(o==1?(i.min=null,i.max=null):i.facets.forEach(u=>{u.min=null,u.max=null})))})}let ml=!1,Yl=!1,Yn=[];function Ar(){Yl=!1;for(let n=0;n<Yn.length;n++)Ne(...Yn[n]);Yn.length=0}function An(){ml||(Ma(ei),ml=!0)}function Pr(n,i=!1){ml=!0,Yl=i,n(l),ei(),i&&Yn.length>0&&queueMicrotask(Ar)}l.batch=Pr;function ei(){if(Rl&&(vr(),Rl=!1),Sn&&(dr(),Sn=!1),cl){if(we(I,Rn,pe),we(I,Xn,xe),we(I,nl,Q),we(I,ll,R),we(M,Rn,pe),we(M,Xn,xe),we(M,nl,Q),we(M,ll,R),we(y,nl,Vt),we(y,ll,Xt),_.width=Me(Vt*oe),_.height=Me(Xt*oe),E.forEach(({_el:n,_show:i,_size:r,_pos:u,side:p})=>{if(n!=null)if(i){let m=p===3||p===0?r:0,S=p%2==1;we(n,S?"left":"top",u-m),we(n,S?"width":"height",r),we(n,S?"top":"left",S?xe:pe),we(n,S?"height":"width",S?R:Q),gs(n,fn)}else at(n,fn)}),dl=Cn=Ol=zl=Ul=Fl=Bl=Hl=Vl=null,et=1,Qn(!0),pe!=vn||xe!=en||Q!=Mt||R!=tn){kn(!1);let n=Q/Mt,i=R/tn;if(We&&!nn&&U.left>=0){U.left*=n,U.top*=i,Pn&&$t(Pn,Me(U.left),0,Q,R),xn&&$t(xn,0,Me(U.top),Q,R);for(let r=0;r<ht.length;r++){let u=ht[r];u!=null&&(En[r]*=n,Tn[r]*=i,$t(u,yt(En[r]),yt(Tn[r]),Q,R))}}if(me.show&&!ul&&me.left>=0&&me.width>0){me.left*=n,me.width*=n,me.top*=i,me.height*=i;for(let r in es)we(qn,r,me[r])}vn=pe,en=xe,Mt=Q,tn=R}Ne("setSize"),cl=!1}Vt>0&&Xt>0&&(g.clearRect(0,0,_.width,_.height),Ne("drawClear"),W.forEach(n=>n()),Ne("draw")),me.show&&ul&&(gl(me),ul=!1),We&&nn&&(rn(null,!0,!1),nn=!1),Z.show&&Z.live&&pt&&(Zl(),pt=!1),d||(d=!0,l.status=1,Ne("ready")),jn=!1,ml=!1}l.redraw=(n,i)=>{Sn=i||!1,n!==!1?Gt(C,A.min,A.max):An()};function Kl(n,i){let r=b[n];if(r.from==null){if(Ve==0){let u=r.range(l,i.min,i.max,n);i.min=u[0],i.max=u[1]}if(i.min>i.max){let u=i.min;i.min=i.max,i.max=u}if(Ve>1&&i.min!=null&&i.max!=null&&i.max-i.min<1e-16)return;n==C&&r.distr==2&&Ve>0&&(i.min=kt(i.min,t[0]),i.max=kt(i.max,t[0]),i.min==i.max&&i.max++),B[n]=i,Rl=!0,An()}}l.setScale=Kl;let Jl,Ql,Pn,xn,ti,ni,Mn,In,li,si,he,Se,Wt=!1;const ze=U.drag;let Re=ze.x,$e=ze.y;We&&(U.x&&(Jl=wt(ea,M)),U.y&&(Ql=wt(ta,M)),A.ori==0?(Pn=Jl,xn=Ql):(Pn=Ql,xn=Jl),he=U.left,Se=U.top);const me=l.select=Ce({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),qn=me.show?wt(Xr,me.over?M:I):null;function gl(n,i){if(me.show){for(let r in n)me[r]=n[r],r in es&&we(qn,r,n[r]);i!==!1&&Ne("setSelect")}}l.setSelect=gl;function xr(n){if(v[n].show)Pe&&gs(be[n],fn);else if(Pe&&at(be[n],fn),We){let r=_n?ht[0]:ht[n];r!=null&&$t(r,-10,-10,Q,R)}}function Gt(n,i,r){Kl(n,{min:i,max:r})}function qt(n,i,r,u){i.focus!=null&&Dr(n),i.show!=null&&v.forEach((p,m)=>{m>0&&(n==m||n==null)&&(p.show=i.show,xr(m),o==2?(Gt(p.facets[0].scale,null,null),Gt(p.facets[1].scale,null,null)):Gt(p.scale,null,null),An())}),r!==!1&&Ne("setSeries",n,i),u&&Zn("setSeries",l,n,i)}l.setSeries=qt;function Mr(n,i){Ce(P[n],i)}function Ir(n,i){n.fill=ee(n.fill||null),n.dir=se(n.dir,-1),i=i??P.length,P.splice(i,0,n)}function qr(n){n==null?P.length=0:P.splice(n,1)}l.addBand=Ir,l.setBand=Mr,l.delBand=qr;function Lr(n,i){v[n].alpha=i,We&&ht[n]!=null&&(ht[n].style.opacity=i),Pe&&be[n]&&(be[n].style.opacity=i)}let zt,jt,on;const Ln={focus:!0};function Dr(n){if(n!=on){let i=n==null,r=It.alpha!=1;v.forEach((u,p)=>{if(o==1||p>0){let m=i||p==0||p==n;u._focus=i?null:m,r&&Lr(p,m?1:It.alpha)}}),on=n,r&&An()}}Pe&&bn&&Ge(Ti,re,n=>{U._lock||(ln(n),on!=null&&qt(null,Ln,!0,Te.setSeries))});function Lt(n,i,r){let u=b[i];r&&(n=n/oe-(u.ori==1?xe:pe));let p=Q;u.ori==1&&(p=R,n=p-n),u.dir==-1&&(n=p-n);let m=u._min,S=u._max,T=n/p,k=m+(S-m)*T,q=u.distr;return q==3?On(10,k):q==4?ya(k,u.asinh):q==100?u.bwd(k):k}function Rr(n,i){let r=Lt(n,C,i);return kt(r,t[0],Le,De)}l.valToIdx=n=>kt(n,t[0]),l.posToIdx=Rr,l.posToVal=Lt,l.valToPos=(n,i,r)=>b[i].ori==0?a(n,b[i],r?Xe:Q,r?st:0):c(n,b[i],r?bt:R,r?dt:0),l.setCursor=(n,i,r)=>{he=n.left,Se=n.top,rn(null,i,r)};function ii(n,i){we(qn,Rn,me.left=n),we(qn,nl,me.width=i)}function oi(n,i){we(qn,Xn,me.top=n),we(qn,ll,me.height=i)}let Kn=A.ori==0?ii:oi,Jn=A.ori==1?ii:oi;function $r(){if(Pe&&Z.live)for(let n=o==2?1:0;n<v.length;n++){if(n==0&&ft)continue;let i=Z.values[n],r=0;for(let u in i)xt[n][r++].firstChild.nodeValue=i[u]}}function Zl(n,i){if(n!=null&&(n.idxs?n.idxs.forEach((r,u)=>{ce[u]=r}):_a(n.idx)||ce.fill(n.idx),Z.idx=ce[0]),Pe&&Z.live){for(let r=0;r<v.length;r++)(r>0||o==1&&!ft)&&Nr(r,ce[r]);$r()}pt=!1,i!==!1&&Ne("setLegend")}l.setLegend=Zl;function Nr(n,i){let r=v[n],u=n==0&&Y==2?_t:t[n],p;ft?p=r.values(l,n,i)??Bt:(p=r.value(l,i==null?null:u[i],n,i),p=p==null?Bt:{_:p}),Z.values[n]=p}function rn(n,i,r){li=he,si=Se,[he,Se]=U.move(l,he,Se),U.left=he,U.top=Se,We&&(Pn&&$t(Pn,Me(he),0,Q,R),xn&&$t(xn,0,Me(Se),Q,R));let u,p=Le>De;zt=fe,jt=null;let m=A.ori==0?Q:R,S=A.ori==1?Q:R;if(he<0||Ve==0||p){u=U.idx=null;for(let T=0;T<v.length;T++){let k=ht[T];k!=null&&$t(k,-10,-10,Q,R)}bn&&qt(null,Ln,!0,n==null&&Te.setSeries),Z.live&&(ce.fill(u),pt=!0)}else{let T,k,q;o==1&&(T=A.ori==0?he:Se,k=Lt(T,C),u=U.idx=kt(k,t[0],Le,De),q=V(t[0][u],A,m,0));let L=-10,$=-10,J=0,ie=0,le=!0,X="",j="";for(let F=o==2?1:0;F<v.length;F++){let ge=v[F],_e=ce[F],Oe=_e==null?null:o==1?t[F][_e]:t[F][1][_e],ue=U.dataIdx(l,F,u,k),Ee=ue==null?null:o==1?t[F][ue]:t[F][1][ue];if(pt=pt||Ee!=Oe||ue!=_e,ce[F]=ue,F>0&&ge.show){let it=ue==null?-10:ue==u?q:V(o==1?t[0][ue]:t[F][0][ue],A,m,0),je=Ee==null?-10:G(Ee,o==1?b[ge.scale]:b[ge.facets[1].scale],S,0);if(bn&&Ee!=null){let mt=A.ori==1?he:Se,Et=Ie(It.dist(l,F,ue,je,mt));if(Et<zt){let Dt=It.bias;if(Dt!=0){let ot=Lt(mt,ge.scale),gt=Ee>=0?1:-1,Tt=ot>=0?1:-1;Tt==gt&&(Tt==1?Dt==1?Ee>=ot:Ee<=ot:Dt==1?Ee<=ot:Ee>=ot)&&(zt=Et,jt=F)}else zt=Et,jt=F}}if(pt||_n){let mt,Et;A.ori==0?(mt=it,Et=je):(mt=je,Et=it);let Dt,ot,gt,Tt,Rt,Ye,rt=!0,an=Fe.bbox;if(an!=null){rt=!1;let Ke=an(l,F);gt=Ke.left,Tt=Ke.top,Dt=Ke.width,ot=Ke.height}else gt=mt,Tt=Et,Dt=ot=Fe.size(l,F);if(Ye=Fe.fill(l,F),Rt=Fe.stroke(l,F),_n)F==jt&&zt<=It.prox&&(L=gt,$=Tt,J=Dt,ie=ot,le=rt,X=Ye,j=Rt);else{let Ke=ht[F];Ke!=null&&(En[F]=gt,Tn[F]=Tt,Ii(Ke,Dt,ot,rt),xi(Ke,Ye,Rt),$t(Ke,yt(gt),yt(Tt),Q,R))}}}}if(_n){let F=It.prox,ge=on==null?zt<=F:zt>F||jt!=on;if(pt||ge){let _e=ht[0];_e!=null&&(En[0]=L,Tn[0]=$,Ii(_e,J,ie,le),xi(_e,X,j),$t(_e,yt(L),yt($),Q,R))}}}if(me.show&&Wt)if(n!=null){let[T,k]=Te.scales,[q,L]=Te.match,[$,J]=n.cursor.sync.scales,ie=n.cursor.drag;if(Re=ie._x,$e=ie._y,Re||$e){let{left:le,top:X,width:j,height:F}=n.select,ge=n.scales[$].ori,_e=n.posToVal,Oe,ue,Ee,it,je,mt=T!=null&&q(T,$),Et=k!=null&&L(k,J);mt&&Re?(ge==0?(Oe=le,ue=j):(Oe=X,ue=F),Ee=b[T],it=V(_e(Oe,$),Ee,m,0),je=V(_e(Oe+ue,$),Ee,m,0),Kn(At(it,je),Ie(je-it))):Kn(0,m),Et&&$e?(ge==1?(Oe=le,ue=j):(Oe=X,ue=F),Ee=b[k],it=G(_e(Oe,J),Ee,S,0),je=G(_e(Oe+ue,J),Ee,S,0),Jn(At(it,je),Ie(je-it))):Jn(0,S)}else ts()}else{let T=Ie(li-ti),k=Ie(si-ni);if(A.ori==1){let J=T;T=k,k=J}Re=ze.x&&T>=ze.dist,$e=ze.y&&k>=ze.dist;let q=ze.uni;q!=null?Re&&$e&&(Re=T>=q,$e=k>=q,!Re&&!$e&&(k>T?$e=!0:Re=!0)):ze.x&&ze.y&&(Re||$e)&&(Re=$e=!0);let L,$;Re&&(A.ori==0?(L=Mn,$=he):(L=In,$=Se),Kn(At(L,$),Ie($-L)),$e||Jn(0,S)),$e&&(A.ori==1?(L=Mn,$=he):(L=In,$=Se),Jn(At(L,$),Ie($-L)),Re||Kn(0,m)),!Re&&!$e&&(Kn(0,0),Jn(0,0))}if(ze._x=Re,ze._y=$e,n==null){if(r){if(wi!=null){let[T,k]=Te.scales;Te.values[0]=T!=null?Lt(A.ori==0?he:Se,T):null,Te.values[1]=k!=null?Lt(A.ori==1?he:Se,k):null}Zn(is,l,he,Se,Q,R,u)}if(bn){let T=r&&Te.setSeries,k=It.prox;on==null?zt<=k&&qt(jt,Ln,!0,T):zt>k?qt(null,Ln,!0,T):jt!=on&&qt(jt,Ln,!0,T)}}pt&&(Z.idx=u,Zl()),i!==!1&&Ne("setCursor")}let Yt=null;Object.defineProperty(l,"rect",{get(){return Yt==null&&Qn(!1),Yt}});function Qn(n=!1){n?Yt=null:(Yt=M.getBoundingClientRect(),Ne("syncRect",Yt))}function ri(n,i,r,u,p,m,S){U._lock||Wt&&n!=null&&n.movementX==0&&n.movementY==0||(Xl(n,i,r,u,p,m,S,!1,n!=null),n!=null?rn(null,!0,!0):rn(i,!0,!1))}function Xl(n,i,r,u,p,m,S,T,k){if(Yt==null&&Qn(!1),ln(n),n!=null)r=n.clientX-Yt.left,u=n.clientY-Yt.top;else{if(r<0||u<0){he=-10,Se=-10;return}let[q,L]=Te.scales,$=i.cursor.sync,[J,ie]=$.values,[le,X]=$.scales,[j,F]=Te.match,ge=i.axes[0].side%2==1,_e=A.ori==0?Q:R,Oe=A.ori==1?Q:R,ue=ge?m:p,Ee=ge?p:m,it=ge?u:r,je=ge?r:u;if(le!=null?r=j(q,le)?f(J,b[q],_e,0):-10:r=_e*(it/ue),X!=null?u=F(L,X)?f(ie,b[L],Oe,0):-10:u=Oe*(je/Ee),A.ori==1){let mt=r;r=u,u=mt}}k&&(i==null||i.cursor.event.type==is)&&((r<=1||r>=Q-1)&&(r=cn(r,Q)),(u<=1||u>=R-1)&&(u=cn(u,R))),T?(ti=r,ni=u,[Mn,In]=U.move(l,r,u)):(he=r,Se=u)}const es={width:0,height:0,left:0,top:0};function ts(){gl(es,!1)}let ai,ci,ui,fi;function di(n,i,r,u,p,m,S){Wt=!0,Re=$e=ze._x=ze._y=!1,Xl(n,i,r,u,p,m,S,!0,!1),n!=null&&(Ge(os,hs,pi,!1),Zn(_i,l,Mn,In,Q,R,null));let{left:T,top:k,width:q,height:L}=me;ai=T,ci=k,ui=q,fi=L}function pi(n,i,r,u,p,m,S){Wt=ze._x=ze._y=!1,Xl(n,i,r,u,p,m,S,!1,!0);let{left:T,top:k,width:q,height:L}=me,$=q>0||L>0,J=ai!=T||ci!=k||ui!=q||fi!=L;if($&&J&&gl(me),ze.setScale&&$&&J){let ie=T,le=q,X=k,j=L;if(A.ori==1&&(ie=k,le=L,X=T,j=q),Re&&Gt(C,Lt(ie,C),Lt(ie+le,C)),$e)for(let F in b){let ge=b[F];F!=C&&ge.from==null&&ge.min!=fe&&Gt(F,Lt(X+j,F),Lt(X,F))}ts()}else U.lock&&(U._lock=!U._lock,rn(i,!0,n!=null));n!=null&&(yn(os,hs),Zn(os,l,he,Se,Q,R,null))}function Or(n,i,r,u,p,m,S){if(U._lock)return;ln(n);let T=Wt;if(Wt){let k=!0,q=!0,L=10,$,J;A.ori==0?($=Re,J=$e):($=$e,J=Re),$&&J&&(k=he<=L||he>=Q-L,q=Se<=L||Se>=R-L),$&&k&&(he=he<Mn?0:Q),J&&q&&(Se=Se<In?0:R),rn(null,!0,!0),Wt=!1}he=-10,Se=-10,ce.fill(null),rn(null,!0,!0),T&&(Wt=T)}function hi(n,i,r,u,p,m,S){U._lock||(ln(n),Nl(),ts(),n!=null&&Zn(Ci,l,he,Se,Q,R,null))}function mi(){E.forEach(Oc),$l(l.width,l.height,!0)}dn(El,Nn,mi);const Dn={};Dn.mousedown=di,Dn.mousemove=ri,Dn.mouseup=pi,Dn.dblclick=hi,Dn.setSeries=(n,i,r,u)=>{let p=Te.match[2];r=p(l,i,r),r!=-1&&qt(r,u,!0,!1)},We&&(Ge(_i,M,di),Ge(is,M,ri),Ge(Ei,M,n=>{ln(n),Qn(!1)}),Ge(Ti,M,Or),Ge(Ci,M,hi),_s.add(l),l.syncRect=Qn);const wl=l.hooks=e.hooks||{};function Ne(n,i,r){Yl?Yn.push([n,i,r]):n in wl&&wl[n].forEach(u=>{u.call(null,l,i,r)})}(e.plugins||[]).forEach(n=>{for(let i in n.hooks)wl[i]=(wl[i]||[]).concat(n.hooks[i])});const gi=(n,i,r)=>r,Te=Ce({key:null,setSeries:!1,filters:{pub:$i,sub:$i},scales:[C,v[1]?v[1].scale:null],match:[Ni,Ni,gi],values:[null,null]},U.sync);Te.match.length==2&&Te.match.push(gi),U.sync=Te;const wi=Te.key,ns=Wo(wi);function Zn(n,i,r,u,p,m,S){Te.filters.pub(n,i,r,u,p,m,S)&&ns.pub(n,i,r,u,p,m,S)}ns.sub(l);function Vr(n,i,r,u,p,m,S){Te.filters.sub(n,i,r,u,p,m,S)&&Dn[n](null,i,r,u,p,m,S)}l.pub=Vr;function zr(){ns.unsub(l),_s.delete(l),Zt.clear(),ws(El,Nn,mi),h.remove(),re?.remove(),Ne("destroy")}l.destroy=zr;function ls(){Ne("init",e,t),js(t||e.data,!1),B[C]?Kl(C,B[C]):Nl(),ul=me.show&&(me.width>0||me.height>0),nn=pt=!0,$l(e.width,e.height)}return v.forEach(Ws),E.forEach(yr),s?s instanceof HTMLElement?(s.appendChild(h),ls()):s(l,ls):ls(),l}He.assign=Ce;He.fmtNum=Ls;He.rangeNum=Tl;He.rangeLog=Pl;He.rangeAsinh=Is;He.orient=mn;He.pxRatio=oe;He.join=xa;He.fmtDate=Rs,He.tzDate=za;He.sync=Wo;{He.addGap=_c,He.clipGaps=Il;let e=He.paths={points:Qo};e.linear=Xo,e.stepped=Cc,e.bars=kc,e.spline=Pc}const io=["#2b6cb0","#dd6b20","#38a169","#805ad5","#d53f8c","#718096"],fs=760,oo=64,Ts=new Set;function Vc(){for(const e of Ts)e.root.isConnected||(e.destroy(),Ts.delete(e))}function hn(e,t,s){const l=w("div",{class:"chart","data-chart":"time"}),a=[e.map(d=>Date.parse(String(d[t]))/1e3),...s.map(d=>e.map(h=>h[d.field]??null))],c=s.some(d=>d.right),f={width:fs,height:240,series:[{},...s.map((d,h)=>({label:d.label,stroke:io[h%io.length],width:2,scale:d.right?"right":"y"}))],axes:[{},{scale:"y",size:oo},...c?[{scale:"right",side:1,size:oo,grid:{show:!1}}]:[]]};return requestAnimationFrame(()=>{Vc(),f.width=Math.min(fs,l.clientWidth||fs),Ts.add(new He(f,a,l))}),l}function kl(e,t,s){const l=e.map(a=>Number(a[s]??0)),o=Math.max(1,...l);return w("div",{class:"bars","data-chart":"bars"},...e.map((a,c)=>{const f=w("span",{class:"bar"});return f.style.width=`${100*l[c]/o}%`,w("div",{class:"bar-row"},w("span",{class:"bar-label"},t(a)),w("span",{class:"bar-track"},f),w("span",{class:"bar-value"},String(l[c])))}))}function zc(e,t,s,l){const o=[...new Set(e.map(f=>String(f[s])))].sort(),a=new Map(o.map((f,d)=>[f,d])),c=new Map;for(const f of e){const d=c.get(t(f))??new Array(o.length).fill(null);d[a.get(String(f[s]))??0]=f[l],c.set(t(f),d)}return w("div",{class:"heatmap","data-chart":"heatmap"},...[...c].map(([f,d])=>w("div",{class:"heat-row"},w("span",{class:"heat-label"},f),...d.map((h,_)=>{const g=w("span",{class:"heat-cell",title:`${f} · ${o[_]} · ${h===null?"no activity":`${(h*100).toFixed(0)}%`}`});return h!==null?g.style.opacity=String(.15+.85*h):g.classList.add("none"),g}))))}function ke(e,t,...s){const l=w("div",{class:"panel-body"});return{element:w("section",{class:"panel","data-panel":e,"data-state":"loading"},w("header",{class:"panel-head"},w("h2",{},t),...s),l),body:l}}function bl(e,t,...s){e.element.dataset.state=t,e.body.replaceChildren(...s)}class Je extends Error{}async function Ae(e,t,s=!1){s||bl(e,"loading",w("p",{class:"status"},"Loading…"));try{bl(e,"ready",...await t())}catch(l){if(l instanceof Je)bl(e,"empty",w("p",{class:"status"},l.message));else{const o=l instanceof Error?l.message:String(l),a=l instanceof Pt?l.kind:"query";bl(e,"error",w("p",{class:`status error ${a}`,role:"alert"},o))}}}function Nt(e,t,s,l){return w("div",{class:"headline"},w("span",{class:"headline-value","data-metric":`${t}.${s}`},l),w("span",{class:"headline-label"},e))}const Uc=`# Panel A1 — live-session header: the headline numbers of one session (SPEC §1 A "Header").
# Rates are fractions of the session's live viewers; no dimension → one row for the session.
query LiveHeader($sessionId: String!) {
  viewers(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      uniqueViewers
      liveUniqueViewers
      avgMinutesViewed
      liveEngagementRate
      reactions
      reactingViewersRate
      chatMessages
      chattingViewersRate
      pollParticipationRate
      qaThreads
      qaViewersRate
      attachmentDownloads
      downloadingViewersRate
      recordingPlays
    }
  }
}
`,Fc=`# Panel A2 — live timeline: viewers, engagement and reactions at each minute of one session
# (SPEC §1 A "Timeline"), oldest minute first.
query LiveTimeline($sessionId: String!, $timezone: String = "UTC") {
  timeline(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: MINUTE, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      minute(grain: MINUTE)
      liveUniqueViewers
      liveEngagementRate
      reactions
    }
  }
}
`,Bc=`# Panel A3 — viewer engagement table: one row per attendee of a session, searchable by
# (at least three letters of) the name, sortable by any column, paginated
# (SPEC §1 A "Viewer engagement table"). \`rowCount\` is the total for the pager.
# The frontend builds \`$where\`: \`{ sessionId: { eq: … } }\`, plus
# \`name: { contains: … }\` once the user has typed at least three letters.
query ViewerEngagementTable(
  $where: ViewersWhere!
  $orderBy: [ViewersOrderBy!] = [{ field: MINUTES_VIEWED, direction: DESC }]
  $limit: Int = 25
  $offset: Int = 0
) {
  viewers(
    where: $where
    orderBy: $orderBy
    limit: $limit
    offset: $offset
  ) {
    id
    rows {
      id
      userId
      name
      jobTitle
      company
      industry
      role
      country
      minutesViewed
      reactions
      chatMessages
      pollsAnswered
      liveEngagementRate
      qaThreads
      attachmentDownloads
      handsRaised
    }
    rowCount
  }
}
`,Hc=`# Panel A3b — engagement heatmap: each attendee's live engagement rate at each minute of a
# session (SPEC §1 A "engagement heatmap per attendee").
query EngagementHeatmap($sessionId: String!, $timezone: String = "UTC") {
  timeline(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: NAME, direction: ASC }, { field: MINUTE, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      userId
      name
      minute
      liveEngagementRate
    }
  }
}
`,Wc=`# Panel A4 — polls of a session: question, type, number of possible answers (null for
# open-ended) and unique respondents, in launch order (SPEC §1 A "Polls").
query Polls($sessionId: String!) {
  polls(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: LAUNCHED_AT, direction: ASC }]
  ) {
    id
    rows {
      id
      pollId
      question
      pollType
      launchedAt
      optionCount
      respondents
    }
  }
}
`,Gc=`# Panel A4b — poll drill-down: every answer of one poll with its unique participants and
# their share of the poll's respondents (SPEC §1 A "drill-down per answer").
query PollAnswers($sessionId: String!, $pollId: String!) {
  pollAnswers(
    where: { sessionId: { eq: $sessionId }, pollId: { eq: $pollId } }
    orderBy: [{ field: RESPONDENTS, direction: DESC }]
  ) {
    id
    rows {
      id
      answer
      respondents
      answerRate
    }
  }
}
`,jc=`# Panel A5 — recordings of a session: impressions, plays, minutes viewed and average
# completion, per recording and in total (SPEC §1 A "Recordings").
query Recordings($sessionId: String!) {
  recordings(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      recordingId
      impressions
      plays
      minutesViewed
      avgCompletionRate
    }
    totals {
      id
      impressions
      plays
      minutesViewed
      avgCompletionRate
    }
  }
}
`,Yc=`# Panel A5b — recording plays over time for a session, per day by default
# (SPEC §1 A "plays over time").
query RecordingPlaysOverTime(
  $sessionId: String!
  $grain: TimeGrain = DAY
  $timezone: String = "UTC"
) {
  recordings(where: { sessionId: { eq: $sessionId } }, timezone: $timezone, limit: 10000) {
    id
    rows {
      id
      playedAt(grain: $grain)
      plays
      impressions
    }
  }
}
`,Kc=`# Panel A6 — countries: live and recording unique viewers per country for a session
# (SPEC §1 A "Countries and devices").
query Countries($sessionId: String!) {
  countries(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: UNIQUE_VIEWERS, direction: DESC }]
  ) {
    id
    rows {
      id
      country
      liveUniqueViewers
      recordingUniqueViewers
      uniqueViewers
    }
  }
}
`,Jc=`# Panel A6b — devices: live and recording unique viewers per platform and device for a
# session (SPEC §1 A "Countries and devices").
query Devices($sessionId: String!) {
  devices(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: UNIQUE_VIEWERS, direction: DESC }]
  ) {
    id
    rows {
      id
      platform
      device
      liveUniqueViewers
      recordingUniqueViewers
      uniqueViewers
    }
  }
}
`,Qc=`# Panel B1 — meeting session overview: ids, status, timing, unique participants, duration,
# participant minutes and services used (SPEC §1 B "Session overview").
query SessionOverview($sessionId: String!, $timezone: String = "UTC") {
  sessions(where: { sessionId: { eq: $sessionId } }, timezone: $timezone) {
    id
    rows {
      id
      meetingId
      sessionId
      status
      avgInitiatingMs
      startTime
      endTime
      uniqueParticipants
      durationMinutes
      participantMinutes
      hasRecording
      hasHls
      hasRtmp
    }
  }
}
`,Zc=`# Panel B2 — participants of a meeting session: who joined, when, for how long, how long the
# connection took, and from where and what (SPEC §1 B "Participant table and insights").
query Participants($sessionId: String!, $timezone: String = "UTC") {
  viewers(
    where: { sessionId: { eq: $sessionId } }
    having: { uniqueParticipants: { gte: 1 } }
    orderBy: [{ field: FIRST_JOINED_AT, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      userId
      name
      firstJoinedAt
      lastLeftAt
      participantMinutes
      avgConnectMs
      country
      region
      city
      platform
      device
      os
      browser
      sdkVersion
    }
  }
}
`,Xc=`# Panel B3 — call health per participant and per media (audio, video, screen share):
# good / moderate / poor, from the samples each participant sent (SPEC §1 B "Call health").
query CallHealth($sessionId: String!) {
  quality(
    where: { sessionId: { eq: $sessionId }, direction: { eq: SEND } }
    orderBy: [{ field: SENDER_USER_ID, direction: ASC }, { field: MEDIA, direction: ASC }]
    limit: 10000
  ) {
    id
    rows {
      id
      senderUserId
      media
      health
      goodRate
      moderateRate
      poorRate
      samples
    }
  }
}
`,eu=`# Panel B4 — session stats over time, sender or receiver side: jitter, RTT, bitrate, packet
# loss, resolution and FPS per time bucket. \`$where\` picks any session, sender, receiver,
# media, direction and time window (SPEC §1 B "Session stats over time").
query SessionStatsOverTime(
  $where: QualityWhere!
  $grain: TimeGrain = MINUTE
  $timezone: String = "UTC"
) {
  quality(where: $where, timezone: $timezone, limit: 10000) {
    id
    rows {
      id
      time(grain: $grain)
      samples
      avgJitterMs
      p95JitterMs
      avgRttMs
      p95RttMs
      avgBitrateKbps
      avgPacketLossPct
      maxPacketLossPct
      avgHeight
      avgFps
    }
  }
}
`,tu=`# Panel B5 — errors of a session: each error with participant, type, description and time,
# and counts by type (SPEC §1 B "Errors").
query Errors($sessionId: String!, $timezone: String = "UTC") {
  list: errors(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: TIME, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      time
      userId
      name
      errorType
      code
      message
    }
  }
  byType: errors(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      errorType
      errors
      affectedParticipants
    }
    totals {
      id
      errors
      affectedParticipants
    }
  }
}
`,nu=`# Panel C1 — app session length distribution: sessions per length bucket
# (SPEC §1 C "session length distribution"; buckets are SPEC §3's labels).
query AppSessionLengthDistribution {
  appSessions(orderBy: [{ field: LENGTH_BUCKET, direction: ASC }]) {
    id
    rows {
      id
      lengthBucket
      sessionCount
      medianLengthSeconds
    }
    totals {
      id
      sessionCount
      medianLengthSeconds
    }
  }
}
`,lu=`# Panel C2 — sum of app session lengths per day over the last 30 days
# (SPEC §1 C "sum of session lengths per day"); \`$asOf\` pins "now" so a report reproduces.
query AppSessionLengthPerDay($asOf: String!, $timezone: String = "UTC") {
  appSessions(
    where: { startTime: { inLast: { amount: 30, unit: DAY } } }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      day: startTime(grain: DAY)
      totalLengthSeconds
    }
  }
}
`,su=`# Panel C3 — number of app sessions per day over the last 30 days
# (SPEC §1 C "number of sessions per day"); \`$asOf\` pins "now" so a report reproduces.
query AppSessionsPerDay($asOf: String!, $timezone: String = "UTC") {
  appSessions(
    where: { startTime: { inLast: { amount: 30, unit: DAY } } }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      day: startTime(grain: DAY)
      sessionCount
      uniqueUsers
    }
  }
}
`,iu=`# Panel D1 — most popular viewing devices per country, over every session
# (SPEC §1 D, "most popular viewing devices per country").
query PopularDevicesPerCountry {
  viewers(
    orderBy: [{ field: COUNTRY, direction: ASC }, { field: UNIQUE_VIEWERS, direction: DESC }]
    limit: 10000
  ) {
    id
    rows {
      id
      country
      device
      uniqueViewers
    }
  }
}
`,ou=`# Panel D2 — poll participation by industry, over every session
# (SPEC §1 D, "poll participation by industry").
query PollParticipationByIndustry {
  viewers(orderBy: [{ field: POLL_PARTICIPATION_RATE, direction: DESC }]) {
    id
    rows {
      id
      industry
      liveUniqueViewers
      pollParticipationRate
    }
  }
}
`,ru=`# Panel D3 — p95 jitter by browser per hour (SPEC §1 D, "p95 jitter by browser per hour").
query P95JitterByBrowserPerHour($timezone: String = "UTC") {
  quality(
    orderBy: [{ field: TIME, direction: ASC }, { field: BROWSER, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      hour: time(grain: HOUR)
      browser
      p95JitterMs
    }
  }
}
`,au=Object.assign({"../../docs/queries/a1-live-header.graphql":Uc,"../../docs/queries/a2-live-timeline.graphql":Fc,"../../docs/queries/a3-viewer-engagement-table.graphql":Bc,"../../docs/queries/a3b-engagement-heatmap.graphql":Hc,"../../docs/queries/a4-polls.graphql":Wc,"../../docs/queries/a4b-poll-answers.graphql":Gc,"../../docs/queries/a5-recordings.graphql":jc,"../../docs/queries/a5b-recording-plays-over-time.graphql":Yc,"../../docs/queries/a6-countries.graphql":Kc,"../../docs/queries/a6b-devices.graphql":Jc,"../../docs/queries/b1-session-overview.graphql":Qc,"../../docs/queries/b2-participants.graphql":Zc,"../../docs/queries/b3-call-health.graphql":Xc,"../../docs/queries/b4-session-stats-over-time.graphql":eu,"../../docs/queries/b5-errors.graphql":tu,"../../docs/queries/c1-app-session-length-distribution.graphql":nu,"../../docs/queries/c2-app-session-length-per-day.graphql":lu,"../../docs/queries/c3-app-sessions-per-day.graphql":su,"../../docs/queries/d1-popular-devices-per-country.graphql":iu,"../../docs/queries/d2-poll-participation-by-industry.graphql":ou,"../../docs/queries/d3-p95-jitter-by-browser-per-hour.graphql":ru}),cu=Object.fromEntries(Object.entries(au).map(([e,t])=>[e.replace(/^.*\/|\.graphql$/g,""),t]));function vt(e){const t=cu[e];if(t===void 0)throw new Error(`no query docs/queries/${e}.graphql`);return t}const uu=`query SessionSubject($sessionId: String!) {
  sessions(where: { sessionId: { eq: $sessionId } }) {
    rows { sessionId title status startTime }
  }
}`,fu=`query SessionList {
  sessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 200) {
    rows { sessionId meetingId title status startTime uniqueParticipants }
    rowCount
  }
}`,du=`query LatestAppSession {
  appSessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 1) {
    rows { startTime }
  }
}`,pu=`query Catalog {
  catalog {
    name description
    dimensions { name field type label enumValues adminOnly }
    metrics { name field type label }
  }
}`;let ro;function lr(){return ro??=Be(pu).then(e=>e.catalog),ro}async function tt(e,t){const s=(await lr()).find(a=>a.name===e),l=new Map([...(s?.dimensions??[]).map(a=>[a.name,[a,!0]]),...(s?.metrics??[]).map(a=>[a.name,[a,!1]])]);return Object.keys(t[0]??{}).filter(a=>a!=="id").map(a=>{const[c,f]=l.get(a)??[void 0,!1];return{key:a,label:c?.label??a,sortField:c?.field,dimension:f}})}function nt(e,t,s,l){const o=e.map(c=>{if(!s)return w("th",{scope:"col"},c.label);const f=s.key===c.key,d=f?s.direction==="ASC"?" ▲":" ▼":"";return w("th",{scope:"col","aria-sort":f?s.direction==="ASC"?"ascending":"descending":"none"},w("button",{type:"button",class:"sort","data-sort":c.key,onclick:()=>s.onSort(c)},c.label+d))}),a=t.map(c=>{const f=w("tr",{},...e.map(d=>w("td",{"data-column":d.key},Ue(c[d.key],d.key))));return l?.(c,f),f});return w("table",{class:"rows"},w("thead",{},w("tr",{},...o)),w("tbody",{},...a))}async function hu(e){const t=ke("c1-app-session-length-distribution","Session length distribution"),s=w("input",{type:"text",id:"as-of","aria-label":"30 days up to (ISO 8601)",size:26}),l=ke("c2-app-session-length-per-day","Sum of session lengths per day, last 30 days"),o=ke("c3-app-sessions-per-day","Sessions per day, last 30 days");e.replaceChildren(w("div",{class:"subject"},w("h1",{},"App sessions"),w("label",{},"30 days up to ",s)),t.element,w("div",{class:"pair"},l.element,o.element));const a=(await Be(du)).appSessions.rows[0];s.value=String(a?.startTime??new Date().toISOString());const c=()=>{const f={asOf:s.value};return Promise.all([Ae(l,async()=>{const d=(await Be(vt("c2-app-session-length-per-day"),f)).appSessions.rows;if(d.length===0)throw new Je("No app sessions in these 30 days.");return[hn(d,"day",[{label:"total length (s)",field:"totalLengthSeconds"}]),nt(await tt("appSessions",d),d)]}),Ae(o,async()=>{const d=(await Be(vt("c3-app-sessions-per-day"),f)).appSessions.rows;if(d.length===0)throw new Je("No app sessions in these 30 days.");return[hn(d,"day",[{label:"sessions",field:"sessionCount"},{label:"unique users",field:"uniqueUsers"}]),nt(await tt("appSessions",d),d)]})])};s.addEventListener("change",()=>{c()}),await Promise.all([Ae(t,async()=>{const f=(await Be(vt("c1-app-session-length-distribution"))).appSessions;if(f.rows.length===0)throw new Je("No app sessions yet.");const d=f.totals??{};return[w("div",{class:"headlines"},Nt("App sessions","appSessions","sessionCount",Ue(d.sessionCount)),Nt("Median length (s)","appSessions","medianLengthSeconds",Ue(d.medianLengthSeconds))),kl([...f.rows].sort((h,_)=>ao(h.lengthBucket)-ao(_.lengthBucket)),h=>mu(h.lengthBucket),"sessionCount"),nt(await tt("appSessions",f.rows),f.rows)]}),c()])}const sr=/^(SECONDS|MINUTES)_(\d+)_(\d+|PLUS)$/;function mu(e){const t=sr.exec(String(e));if(!t)return String(e);const s=t[1]==="SECONDS"?"s":"m";return t[3]==="PLUS"?`${t[2]}${s}+`:`${t[2]}-${t[3]}${s}`}function ao(e){const t=sr.exec(String(e));return t?Number(t[2])*(t[1]==="SECONDS"?1:60):Number.MAX_SAFE_INTEGER}function ir(e,t){const s=w("select",{"aria-label":"CSV headers",class:"csv-headers"},w("option",{value:"descriptive"},"friendly headers"),w("option",{value:"system"},"system headers")),l=w("span",{class:"note export-message",role:"status"}),o=w("button",{type:"button",class:"export-csv"},"Export CSV");return o.addEventListener("click",async()=>{l.textContent="Exporting…";try{const{document:a,variables:c}=e();await Fr(a,c,s.value,t),l.textContent=""}catch(a){l.textContent=a instanceof Error?a.message:String(a),l.classList.add("error")}}),w("span",{class:"export"},s,o,l)}const gu=["","MINUTE","HOUR","DAY","WEEK","MONTH"],wu={STRING:["eq","contains","startsWith","ne"],INT:["eq","gte","lte"],FLOAT:["eq","gte","lte"],BOOLEAN:["eq"],ENUM:["eq","ne"],TIME:["gte","lte"]};function yu(e,t){return e==="INT"||e==="FLOAT"?Number(t):e==="BOOLEAN"?t.trim().toLowerCase()==="true":t}function vu(e,t,s){const l=`${e[0].toUpperCase()}${e.slice(1)}Where`,o=[...t.map(([a,c])=>c?`${a}(grain: ${c})`:a),...s];return`query Explore($where: ${l}, $limit: Int) {
  ${e}(where: $where, limit: $limit) {
    rows { ${o.join(" ")} }
    rowCount
  }
}`}function co(e,t,s){return w("label",{class:"pick",title:t.label},w("input",{type:"checkbox",name:e,value:t.name,checked:s}),t.name)}async function Su(e){const t=await lr(),s=w("select",{id:"explore-cube","aria-label":"Cube"},...t.map(P=>w("option",{value:P.name},P.name))),l=w("p",{class:"note"}),o=w("fieldset",{class:"picks",id:"explore-dimensions"}),a=w("fieldset",{class:"picks",id:"explore-metrics"}),c=w("select",{id:"explore-filter-field","aria-label":"Filter on"}),f=w("select",{id:"explore-filter-operator","aria-label":"Operator"}),d=w("input",{type:"text",id:"explore-filter-value","aria-label":"Filter value"}),h=w("input",{type:"number",id:"explore-limit",min:1,max:1e4,value:100,"aria-label":"Limit"}),_=w("button",{type:"button",id:"explore-run"},"Run"),g=ke(void 0,"Result"),y=w("pre",{class:"document",id:"explore-document"});let I={document:"",variables:{}};const M=ir(()=>I,"explore.csv"),D=()=>t.find(P=>P.name===s.value)??t[0],N=P=>D().dimensions.find(C=>C.name===P),x=()=>{const P=N(c.value)?.type??"STRING";f.replaceChildren(...(wu[P]??["eq"]).map(C=>w("option",{value:C},C)))},v=()=>{const{description:P,dimensions:C,metrics:K}=D();l.textContent=P;const W=C.filter(O=>!O.adminOnly);o.replaceChildren(w("legend",{},"Dimensions"),...W.map((O,z)=>{const A=co("dimension",O,z===0);return O.type==="TIME"&&A.append(w("select",{class:"grain","data-for":O.name,"aria-label":`${O.name} grain`},...gu.map(Y=>w("option",{value:Y},Y||"raw")))),A})),a.replaceChildren(w("legend",{},"Metrics"),...K.map((O,z)=>co("metric",O,z===0))),c.replaceChildren(w("option",{value:""},"no filter"),...W.map(O=>w("option",{value:O.name},O.name))),x()},E=P=>[...P.querySelectorAll("input[type=checkbox]:checked")].map(C=>C.value),b=()=>Ae(g,async()=>{const P=E(o).map(G=>[G,o.querySelector(`select[data-for="${G}"]`)?.value??""]),C=E(a);if(P.length+C.length===0)throw new Je("Pick at least one dimension or metric.");const K={limit:Number(h.value)||100},W=N(c.value);W&&d.value!==""&&(K.where={[W.name]:{[f.value]:yu(W.type,d.value)}});const O=vu(D().name,P,C);I={document:O,variables:K},y.textContent=`${O}
variables: ${JSON.stringify(K)}`;const z=(await Be(O,K))[D().name];if(z.rows.length===0)throw new Je("No rows match.");const A=await tt(D().name,z.rows),[Y]=P,V=C.length===0?null:Y&&N(Y[0])?.type==="TIME"&&Y[1]?hn(z.rows,Y[0],[{label:C[0],field:C[0]}]):kl(z.rows.slice(0,30),G=>P.map(([B])=>String(G[B]??"—")).join(" · ")||"all",C[0]);return[w("p",{class:"note",id:"explore-count"},`${z.rowCount} rows`),V??"",nt(A,z.rows)]});s.addEventListener("change",v),c.addEventListener("change",x),_.addEventListener("click",()=>{b()}),e.replaceChildren(w("div",{class:"subject"},w("h1",{},"Explore")),w("section",{class:"panel explorer"},w("div",{class:"tools"},w("label",{},"Cube ",s),l),o,a,w("div",{class:"tools"},"Filter ",c,f,d,w("label",{}," limit ",h),_,M),y),g.element),v(),await b()}async function bu(e){const t=ke(void 0,"Sessions");e.replaceChildren(w("div",{class:"subject"},w("h1",{},"Sessions")),t.element),await Ae(t,async()=>{const{rows:s,rowCount:l=0}=(await Be(fu)).sessions;if(s.length===0)throw new Je("No sessions yet: ingest some events first.");const o=s.map(c=>{const f=encodeURIComponent(String(c.sessionId));return w("tr",{},w("td",{},Ue(c.title)),w("td",{},Ue(c.status)),w("td",{},Ue(c.startTime)),w("td",{},Ue(c.uniqueParticipants)),w("td",{},w("a",{href:`/dashboard/live/${f}`,class:"live-link"},"live")," · ",w("a",{href:`/dashboard/meeting/${f}`,class:"meeting-link"},"meeting")))}),a=["Title","Status","Started","Participants","Views"].map(c=>w("th",{scope:"col"},c));return[w("p",{class:"note"},`${l} sessions, newest first (up to ${s.length} listed).`),w("table",{class:"rows"},w("thead",{},w("tr",{},...a)),w("tbody",{},...o))]})}const or=5e3;let Cs=[];function rr(e){Cs.push(window.setInterval(e,or))}function _u(){for(const e of Cs)clearInterval(e);Cs=[]}async function ar(e){return(await Be(uu,{sessionId:e})).sessions.rows[0]??null}function cr(e){return w("p",{class:"status error unknown-session",role:"alert"},`Unknown session “${e}”: this API key's partner has no session with this id. `,w("a",{href:"/dashboard"},"Pick a session"))}function ur(e,t,s){const l=t.status==="ONGOING";return w("div",{class:"subject"},w("h1",{},`${e}: ${String(t.title??t.sessionId)}`),w("span",{class:`badge ${l?"ongoing":"ended"}`},String(t.status)),l&&w("span",{class:"note"},`live panels refresh every ${or/1e3} s`),w("span",{class:"note"},`session ${String(t.sessionId)} · started ${String(t.startTime)}`),s)}const ds="a3-viewer-engagement-table",uo=3,Eu=[10,25,50,100],Tu=["jobTitle","company","industry","role","country","minutesViewed","liveEngagementRate"];function Cu(e){let t="",s="minutesViewed",l="MINUTES_VIEWED",o="DESC",a=0,c=25;const f=()=>({sessionId:{eq:e},...t?{name:{contains:t}}:{}}),d=()=>({where:f(),orderBy:[{field:l,direction:o}],limit:c,offset:a}),h=w("input",{type:"search",id:"viewer-search",placeholder:"Search names (3+ letters)","aria-label":"Search names"}),_=w("span",{class:"note",id:"search-hint"}),g=w("select",{id:"page-size","aria-label":"Rows per page"},...Eu.map(v=>w("option",{value:v,selected:v===c},`${v} a page`)));g.addEventListener("change",()=>{c=Number(g.value),a=0,N()});const y=w("div",{class:"hover-card",hidden:!0}),I=ir(()=>({document:vt(ds),variables:{...d(),limit:1e4,offset:0}}),`viewers-${e}.csv`),M=ke(ds,"Viewer engagement",w("div",{class:"tools"},h,_,g,I)),D=(v,E,b)=>{const P=new Map(b.map(C=>[C.key,C.label]));y.replaceChildren(w("strong",{},String(v.name??v.userId)),...Tu.map(C=>w("div",{},`${P.get(C)??C}: ${Ue(v[C],C)}`))),y.hidden=!1,y.style.top=`${E.offsetTop+E.offsetHeight}px`},N=()=>Ae(M,async()=>{const v=await Be(vt(ds),d()),{rows:E,rowCount:b=0}=v.viewers;if(E.length===0)throw new Je(t?`No viewer's name contains “${t}”.`:"No viewers in this session.");const P=(await tt("viewers",E)).filter(O=>O.key!=="userId"),K=nt(P,E,{key:s,direction:o,onSort:O=>{O.key===s?o=o==="ASC"?"DESC":"ASC":[s,o]=[O.key,O.dimension?"ASC":"DESC"],l=O.sortField??l,a=0,N()}},(O,z)=>{z.addEventListener("mouseenter",()=>D(O,z,P)),z.addEventListener("mouseleave",()=>y.hidden=!0)}),W=O=>()=>{a+=O,N()};return[w("div",{class:"table-wrap"},K,y),w("div",{class:"pager"},w("button",{type:"button",id:"page-previous",disabled:a===0,onclick:W(-c)},"Previous"),w("span",{id:"page-status"},`rows ${a+1}-${a+E.length} of ${b}`),w("button",{type:"button",id:"page-next",disabled:a+E.length>=b,onclick:W(c)},"Next"))]});let x;return h.addEventListener("input",()=>{clearTimeout(x);const v=h.value.trim();if(v.length>0&&v.length<uo){_.textContent=`Type at least ${uo} letters to search.`;return}_.textContent="",x=window.setTimeout(()=>{v!==t&&(t=v,a=0,N())},250)}),{element:M.element,load:N}}const ku=[["uniqueViewers","Unique viewers"],["liveUniqueViewers","Live viewers"],["avgMinutesViewed","Avg minutes viewed"],["liveEngagementRate","Live engagement"],["reactingViewersRate","Reacting viewers"],["reactions","Reactions"],["chattingViewersRate","Chatting viewers"],["chatMessages","Chat messages"],["pollParticipationRate","Poll participation"],["qaViewersRate","Q&A viewers"],["qaThreads","Q&A threads"],["downloadingViewersRate","Downloading viewers"],["attachmentDownloads","Attachment downloads"],["recordingPlays","Recording plays"]];async function Kt(e,t,s){const l=await Be(vt(e),t),o=Object.values(l)[0].rows;if(o.length===0)throw new Je(s);return o}async function Au(e,t){const s=await ar(t);if(!s){e.replaceChildren(cr(t));return}const l={sessionId:t},o=ke("a1-live-header","Header"),a=ke("a2-live-timeline","Timeline: live viewers, engagement and reactions per minute"),c=Cu(t),f=ke("a3b-engagement-heatmap","Engagement heatmap (live engagement per minute)"),d=ke("a4-polls","Polls"),h=ke("a4b-poll-answers","Poll answers"),_=ke("a5-recordings","Recordings"),g=ke("a5b-recording-plays-over-time","Recording plays over time (per day)"),y=ke("a6-countries","Countries"),I=ke("a6b-devices","Devices");e.replaceChildren(ur("Live session",s,w("a",{href:`/dashboard/meeting/${encodeURIComponent(t)}`},"Meeting view")),o.element,a.element,c.element,f.element,w("div",{class:"pair"},d.element,h.element),w("div",{class:"pair"},_.element,g.element),w("div",{class:"pair"},y.element,I.element));const M=(E=!1)=>Ae(o,async()=>{const[b]=await Kt("a1-live-header",l,"No viewers yet.");return[w("div",{class:"headlines"},...ku.map(([P,C])=>Nt(C,"viewers",P,Ue(b[P],P))))]},E),D=(E=!1)=>Ae(a,async()=>{const b=await Kt("a2-live-timeline",l,"No live activity in this session.");return[hn(b,"minute",[{label:"Live viewers",field:"liveUniqueViewers"},{label:"Reactions",field:"reactions"},{label:"Engagement rate",field:"liveEngagementRate",right:!0}])]},E),N=()=>Ae(d,async()=>{const E=await Kt("a4-polls",l,"No polls in this session.");return x(String(E[0].pollId),String(E[0].question)),[nt(await tt("polls",E),E,void 0,(b,P)=>{P.classList.add("pickable"),P.tabIndex=0,P.addEventListener("click",()=>{x(String(b.pollId),String(b.question))})}),w("p",{class:"note"},"Pick a poll to see its answers.")]}),x=(E,b)=>Ae(h,async()=>{const P=await Kt("a4b-poll-answers",{sessionId:t,pollId:E},"No answers to this poll (open-ended or unanswered).");return[w("p",{class:"question"},b),nt(await tt("pollAnswers",P),P)]}),v=[M(),D(),c.load(),Ae(f,async()=>{const E=await Kt("a3b-engagement-heatmap",l,"No live activity in this session.");return[zc(E,b=>String(b.name??b.userId),"minute","liveEngagementRate")]}),N(),Ae(_,async()=>{const E=await Be(vt("a5-recordings"),l),{rows:b,totals:P}=E.recordings;if(b.length===0)throw new Je("This session has no recording plays or impressions.");const C=P??{};return[w("div",{class:"headlines"},Nt("Impressions","recordings","impressions",Ue(C.impressions)),Nt("Plays","recordings","plays",Ue(C.plays)),Nt("Minutes viewed","recordings","minutesViewed",Ue(C.minutesViewed)),Nt("Avg completion","recordings","avgCompletionRate",Ue(C.avgCompletionRate,"avgCompletionRate"))),nt(await tt("recordings",b),b)]}),Ae(g,async()=>{const E=await Kt("a5b-recording-plays-over-time",l,"No recording plays yet.");return[hn(E,"playedAt",[{label:"Plays",field:"plays"},{label:"Impressions",field:"impressions"}])]}),Ae(y,async()=>{const E=await Kt("a6-countries",l,"No viewers with a known country.");return[kl(E,b=>String(b.country??"unknown"),"uniqueViewers"),nt(await tt("countries",E),E)]}),Ae(I,async()=>{const E=await Kt("a6b-devices",l,"No viewers with a known device.");return[kl(E,b=>`${String(b.platform??"?")} · ${String(b.device??"?")}`,"uniqueViewers"),nt(await tt("devices",E),E)]})];s.status==="ONGOING"&&rr(()=>{M(!0),D(!0)}),await Promise.all(v)}const Pu=[["uniqueParticipants","Unique participants"],["durationMinutes","Duration (min)"],["participantMinutes","Participant minutes"],["avgInitiatingMs","Initiating time (ms)"]],xu=["meetingId","sessionId","status","startTime","endTime","hasRecording","hasHls","hasRtmp"];function ps(e,t){return w("select",{"aria-label":e},...t.map(([s,l])=>w("option",{value:s},l)))}async function Mu(e,t){const s=await ar(t);if(!s){e.replaceChildren(cr(t));return}const l={sessionId:t},o=ke("b1-session-overview","Session overview"),a=ke("b2-participants","Participants"),c=ke("b3-call-health","Call health per participant and media"),f=ps("Participant",[["","every participant"]]),d=ps("Media",[["","all media"],["AUDIO","audio"],["VIDEO","video"],["SCREEN_SHARE","screen share"]]),h=ps("Side",[["SEND","sender side"],["RECEIVE","receiver side"]]),_=ke("b4-session-stats-over-time","Session stats over time",w("div",{class:"tools"},f,d,h)),g=ke("b5-errors","Errors");e.replaceChildren(ur("Meeting",s,w("a",{href:`/dashboard/live/${encodeURIComponent(t)}`},"Live-session view")),o.element,a.element,c.element,_.element,g.element);const y=(x=!1)=>Ae(o,async()=>{const[v]=(await Be(vt("b1-session-overview"),l)).sessions.rows;if(!v)throw new Je("No overview for this session yet.");return[w("div",{class:"headlines"},...Pu.map(([E,b])=>Nt(b,"sessions",E,Ue(v[E],E)))),w("dl",{class:"facts"},...xu.flatMap(E=>[w("dt",{},E),w("dd",{"data-fact":E},Ue(v[E],E))]))]},x),I=(x=!1)=>Ae(a,async()=>{const v=(await Be(vt("b2-participants"),l)).viewers.rows;if(v.length===0)throw new Je("Nobody has joined this session.");const E=f.value;return f.replaceChildren(w("option",{value:""},"every participant"),...v.map(b=>w("option",{value:String(b.userId)},String(b.name??b.userId)))),f.value=E,[nt(await tt("viewers",v),v)]},x),M=()=>({sessionId:{eq:t},direction:{eq:h.value},...f.value?{[h.value==="SEND"?"senderUserId":"receiverUserId"]:{eq:f.value}}:{},...d.value?{media:{eq:d.value}}:{}}),D=(x=!1)=>Ae(_,async()=>{const v=(await Be(vt("b4-session-stats-over-time"),{where:M()})).quality.rows;if(v.length===0)throw new Je("No quality samples for this choice.");return[hn(v,"time",[{label:"avg jitter (ms)",field:"avgJitterMs"},{label:"p95 jitter (ms)",field:"p95JitterMs"},{label:"avg RTT (ms)",field:"avgRttMs"},{label:"avg packet loss (%)",field:"avgPacketLossPct",right:!0}]),hn(v,"time",[{label:"avg bitrate (kbps)",field:"avgBitrateKbps"},{label:"avg height (px)",field:"avgHeight"},{label:"avg FPS",field:"avgFps",right:!0}])]},x);for(const x of[f,d,h])x.addEventListener("change",()=>{D()});const N=[y(),I(),Ae(c,async()=>{const x=(await Be(vt("b3-call-health"),l)).quality.rows;if(x.length===0)throw new Je("No call-quality samples in this session.");return[nt(await tt("quality",x),x,void 0,(v,E)=>E.classList.add(`health-${String(v.health).toLowerCase()}`))]}),D(),Ae(g,async()=>{const x=await Be(vt("b5-errors"),l);if(x.list.rows.length===0)throw new Je("No errors in this session.");const v=x.byType.totals??{};return[w("div",{class:"headlines"},Nt("Errors","errors","errors",Ue(v.errors)),Nt("Affected participants","errors","affectedParticipants",Ue(v.affectedParticipants))),nt(await tt("errors",x.byType.rows),x.byType.rows),nt(await tt("errors",x.list.rows),x.list.rows)]})];s.status==="ONGOING"&&rr(()=>{y(!0),I(!0),D(!0)}),await Promise.all(N)}const tl=document.getElementById("app"),ks=document.getElementById("forget-key");function Iu(e){const[t,s]=e.replace(/^\/dashboard\/?/,"").split("/").map(decodeURIComponent);return t==="live"&&s?l=>Au(l,s):t==="meeting"&&s?l=>Mu(l,s):t==="apps"?hu:t==="explore"?Su:t?async l=>l.replaceChildren(w("p",{class:"status error",role:"alert"},`No dashboard page “${e}”. `,w("a",{href:"/dashboard"},"Start page"))):bu}function qu(){const e=[["/dashboard","Sessions"],["/dashboard/apps","Apps"],["/dashboard/explore","Explore"]];document.getElementById("nav")?.replaceChildren(...e.map(([t,s])=>w("a",{href:t},s)))}function fo(e){const t=w("input",{type:"password",id:"api-key",name:"api-key",autocomplete:"off",required:!0}),s=w("form",{class:"key-form"},e&&w("p",{class:"status error unauthenticated",role:"alert"},e),w("label",{for:"api-key"},"API key"),t,w("button",{type:"submit"},"Open dashboard"),w("p",{class:"note"},"The key stays in this browser tab (sessionStorage) and is sent as `Authorization: Bearer …`; a link may carry it as #key=…"));return s.addEventListener("submit",l=>{l.preventDefault(),ho(t.value),Fs()}),s}async function Fs(){if(_u(),!po()){ks.hidden=!0,tl.replaceChildren(fo());return}ks.hidden=!1,tl.replaceChildren(w("p",{class:"status"},"Loading…"));try{await Iu(location.pathname)(tl)}catch(e){if(e instanceof Pt&&e.kind==="unauthenticated")mo(),tl.replaceChildren(fo(e.message));else{const t=e instanceof Error?e.message:String(e);tl.replaceChildren(w("p",{class:`status error ${e instanceof Pt?e.kind:""}`,role:"alert"},t))}}}ks.addEventListener("click",()=>{mo(),Fs()});Ur();qu();Fs();
